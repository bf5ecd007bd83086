/**
 * Hover and click on underlines. Hovering shows the reason as a tooltip and, after a short dwell, the
 * finding card; a click opens the card at once and pins it. Neither moves focus: the caret stays in
 * the box. Underlines under our own UI never fire, and the tooltip goes when the card opens, when the
 * pointer leaves, and after any edit (sessions clear it).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../rules/types';
import { rangeFor, type BoxText } from './editor-text';
import type { TextareaMirror } from './highlights';
import type { CardStore } from './card-store';
import type { Box } from './placement';

/** How long the pointer rests on an underline before its card opens. */
export const DWELL_MS = 450;
/** How long a hover-opened card waits for the pointer to reach it. */
export const LEAVE_MS = 300;

export interface PointerSession {
  box: HTMLElement;
  bt: BoxText;
  findings: readonly Finding[];
  mirror?: TextareaMirror;
}

export interface Hit {
  finding: Finding;
  /** The underline's on-screen box under the point. */
  rect: Box;
}

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The finding under a point, from the underlines' own boxes on screen. */
export function findingAt(s: PointerSession, x: number, y: number): Hit | undefined {
  const hit = (rects: DOMRectList | DOMRect[]) => [...rects].find((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4);
  if (s.mirror) {
    const spans = [...s.mirror.element.querySelectorAll('span[data-severity]')];
    for (let i = 0; i < spans.length; i++) {
      const r = hit(spans[i].getClientRects());
      if (r && s.mirror.rendered[i]) return { finding: s.mirror.rendered[i], rect: toBox(r) };
    }
    return undefined;
  }
  for (const finding of s.findings) {
    const range = rangeFor(s.bt, finding.start, finding.end);
    const r = range && hit(range.getClientRects());
    if (r) return { finding, rect: toBox(r) };
  }
  return undefined;
}

/** The on-screen box of a finding's underline (its first line), for a card opened from the keyboard. */
export function anchorOf(s: PointerSession, f: Finding): Box | undefined {
  if (s.mirror) {
    // A finding drawn under another one (the same words flagged twice) takes that underline's place.
    let i = s.mirror.rendered.indexOf(f);
    if (i === -1) i = s.mirror.rendered.findIndex((r) => r.start < f.end && f.start < r.end);
    const span = s.mirror.element.querySelectorAll('span[data-severity]')[i];
    const r = span?.getClientRects()[0];
    return r ? toBox(r) : undefined;
  }
  const r = rangeFor(s.bt, f.start, f.end)?.getClientRects()[0];
  return r ? toBox(r) : undefined;
}

export interface PointerDeps {
  store: CardStore;
  active(): PointerSession | undefined;
  /** Whether an event's path runs through our own UI (the badge, a card, the panel). */
  isOurs(path: EventTarget[]): boolean;
  /** The pointer went down outside the box and our UI: cards close. */
  outside(): void;
}

const same = (a?: Finding, b?: Finding) => !!a && !!b && a.rule === b.rule && a.start === b.start && a.end === b.end;

export function startPointer(ctx: ContentScriptContext, deps: PointerDeps) {
  const { store } = deps;
  let frame = 0;
  let dwell: { timer: number; finding: Finding } | undefined;
  let leave: number | undefined;

  const cancelDwell = () => {
    if (dwell) clearTimeout(dwell.timer);
    dwell = undefined;
  };
  const cancelLeave = () => {
    if (leave !== undefined) clearTimeout(leave);
    leave = undefined;
  };

  const onMove = (e: MouseEvent) => {
    const path = e.composedPath();
    if (frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      const s = deps.active();
      const card = store.get().card;
      if (deps.isOurs(path)) {
        // Over the card or panel: underlines beneath it do not count.
        cancelDwell();
        cancelLeave();
        store.set({ tip: undefined });
        return;
      }
      const hit = s ? findingAt(s, e.clientX, e.clientY) : undefined;
      if (!hit) {
        cancelDwell();
        store.set({ tip: undefined });
        if (card && !card.pinned && leave === undefined) leave = ctx.setTimeout(() => {
          leave = undefined;
          if (store.get().card === card) store.set({ card: undefined });
        }, LEAVE_MS);
        return;
      }
      cancelLeave();
      if (same(card?.finding, hit.finding)) return store.set({ tip: undefined });
      const tip = store.get().tip;
      if (tip?.text !== hit.finding.message) store.set({ tip: { x: e.clientX, y: e.clientY, text: hit.finding.message } });
      if (!same(dwell?.finding, hit.finding)) {
        cancelDwell();
        const timer = ctx.setTimeout(() => {
          dwell = undefined;
          if (store.get().panel) return;
          store.set({ tip: undefined, card: { finding: hit.finding, anchor: hit.rect, pinned: false, focus: false } });
        }, DWELL_MS);
        dwell = { timer, finding: hit.finding };
      }
    });
  };

  // Pointer down, not click: a click's default (the caret) goes ahead untouched, and no focus moves.
  const onDown = (e: PointerEvent) => {
    const path = e.composedPath();
    if (deps.isOurs(path)) return;
    const s = deps.active();
    if (!s || !path.includes(s.box)) return deps.outside();
    cancelDwell();
    cancelLeave();
    const hit = findingAt(s, e.clientX, e.clientY);
    store.set({ tip: undefined, panel: false, card: hit ? { finding: hit.finding, anchor: hit.rect, pinned: true, focus: false } : undefined });
  };

  const onLeaveWindow = () => {
    cancelDwell();
    store.set({ tip: undefined });
  };

  ctx.addEventListener(document, 'mousemove', onMove as EventListener, { capture: true, passive: true });
  ctx.addEventListener(document, 'pointerdown', onDown as EventListener, { capture: true });
  ctx.addEventListener(document.documentElement, 'mouseleave', onLeaveWindow);
  return {
    /** An edit happened: offsets moved, so the tooltip and a pending dwell go. */
    edited() {
      cancelDwell();
      store.set({ tip: undefined });
    },
  };
}
