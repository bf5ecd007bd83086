/**
 * The pause before a heated reply is sent. Capture-phase listeners on window see a send (a click on the
 * site's send control, Ctrl/Cmd+Enter where the site sends on it, or the box's form submitting) before
 * the page's own handlers. A calm draft passes untouched. A heated one is held once and a dialog asks:
 * Review, Apply calmer, or Send anyway, which replays what was held, exactly once.
 *
 * The replay trade-off: a browser never lets script re-create a trusted event. What was held is replayed
 * as copies of the same events, at the same targets, with the same keys and coordinates, while a bypass
 * lets them through; a held submit goes through `form.requestSubmit()`, whose submit event is the
 * browser's own. So page handlers run as they would have, except that a page which ignores clicks or
 * keys with `isTrusted === false` sees the copy and ignores it: the draft is then still in the box,
 * never sent twice, and the user sends it again (the pause then lets it through, as it is decided).
 * Page listeners registered on window in the capture phase before ours still see the held events.
 */
import { h, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CATEGORIES, type Analysis, type Category, type Finding, type Severity } from '../../rules/types';
import { tone } from '../../rules/tone';
import { detectSituations } from '../../rules/situations';
import { t } from '../../utils/i18n';
import { topicsIn, type InsightsUpdate } from '../../utils/insights';
import type { Settings } from '../../utils/settings';
import type { SiteAdapter } from '../../sites';

export type Decision = 'review' | 'apply' | 'send';

/** Why a draft is heated: a finding, or a placeholder still in square brackets. */
export interface Reason {
  text: string;
  message: string;
  severity: Severity;
  start: number;
}

/**
 * A placeholder the rewrites leave for the user to fill ("[what you will do, and when]"): lower-case
 * words in square brackets. "[1]" or "[Order 1234]" are not placeholders.
 */
const PLACEHOLDER = /\[[a-z][a-z'’]*(?:,? [a-z'’]+){1,12}\]/g;

export function placeholdersIn(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const byWeight = (a: Reason, b: Reason) => RANK[a.severity] - RANK[b.severity] || a.start - b.start;
const asReason = (f: Finding): Reason => ({ text: f.text, message: f.message, severity: f.severity, start: f.start });

/**
 * Why this draft should pause before it is sent, most serious first; empty when it is calm. Heated means:
 * a high-severity finding, heat at or above the threshold, or an unfilled placeholder.
 */
export function heatedReasons(analysis: Pick<Analysis, 'findings'>, text: string, threshold: number): Reason[] {
  const findings = analysis.findings;
  // The engine's own "unfinished" category (coming) and placeholders found here are one reason each.
  const unfinished = findings.filter((f) => (f.category as string) === 'unfinished');
  const placeholders = placeholdersIn(text).filter((p) => !unfinished.some((f) => f.start <= p.start && f.end >= p.end));
  const heated = findings.some((f) => f.severity === 'high') || tone(analysis).heat >= threshold || unfinished.length > 0 || placeholders.length > 0;
  if (!heated) return [];
  return [...findings.map(asReason), ...placeholders.map((p) => ({ text: p.text, message: t('presend_placeholder'), severity: 'high' as const, start: p.start }))].sort(byWeight);
}

/** The site's send control that belongs to this box: the nearest one, walking out from the box (one per compose window). */
export function sendControlFor(site: SiteAdapter | undefined, box: Element): Element | null {
  if (!site) return null;
  let node: Node = box;
  for (;;) {
    const parent = node.parentNode; // an element, the document, or a shadow root: each a ParentNode
    if (!parent) return null;
    const found = site.sendButton(parent as ParentNode);
    if (found) return found;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
}

const formOf = (box: HTMLElement): HTMLFormElement | null => (box as HTMLTextAreaElement).form ?? box.closest('form');

export interface GuardDeps {
  site?: SiteAdapter;
  /** The live reply boxes. */
  boxes(): Iterable<HTMLElement>;
  /** Why this box's draft should pause now; empty when calm or when the pause is off. */
  reasons(box: HTMLElement): Reason[];
  /** Shows the pause and resolves with the user's choice. */
  ask(box: HTMLElement, reasons: Reason[]): Promise<Decision>;
  /** After the choice (for "send", after the replay). */
  decided(box: HTMLElement, decision: Decision): void;
  /** A send is going through: calm, or about to be replayed after "Send anyway". */
  sent(box: HTMLElement): void;
}

type Listen = (target: EventTarget, type: string, fn: (e: Event) => void, options: AddEventListenerOptions) => void;

const MOUSE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
/** The events that, let through, send: where a calm draft counts as sent and a heated one asks. */
const SENDS = ['click', 'keydown', 'submit'];

interface Held {
  box: HTMLElement;
  control?: Element;
  reasons: Reason[];
  items: { event: Event; target: EventTarget }[];
  /** What had focus when the send began, given back before a replay. */
  focus: Element | null;
}

function deepActive(doc: Document): Element | null {
  let a = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function copyOf(e: Event): Event {
  const base = { bubbles: e.bubbles, cancelable: e.cancelable, composed: e.composed };
  if (e instanceof KeyboardEvent) {
    const { key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat, isComposing, keyCode, charCode } = e;
    return new KeyboardEvent(e.type, { ...base, view: e.view, key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat, isComposing, keyCode, charCode });
  }
  if (e instanceof MouseEvent) {
    const { screenX, screenY, clientX, clientY, ctrlKey, shiftKey, altKey, metaKey, button, buttons, relatedTarget, detail } = e;
    const mouse = { ...base, view: e.view, detail, screenX, screenY, clientX, clientY, ctrlKey, shiftKey, altKey, metaKey, button, buttons, relatedTarget };
    if (typeof PointerEvent !== 'undefined' && e instanceof PointerEvent) {
      const { pointerId, pointerType, isPrimary, width, height, pressure } = e;
      return new PointerEvent(e.type, { ...mouse, pointerId, pointerType, isPrimary, width, height, pressure });
    }
    return new MouseEvent(e.type, mouse);
  }
  return new Event(e.type, base);
}

/**
 * Installs the capture-phase listeners. Kept free of the UI and the engine (both come in through deps),
 * so tests drive it on a plain document.
 */
export function guardSends(win: Window, deps: GuardDeps, listen: Listen) {
  let held: Held | undefined;
  let asking = false;
  let replaying = 0;

  const match = (e: Event): { box: HTMLElement; control?: Element } | undefined => {
    const path = e.composedPath();
    if (e.type === 'submit') {
      for (const box of deps.boxes()) if (formOf(box) && formOf(box) === e.target) return { box };
      return undefined;
    }
    if (e.type === 'keydown') {
      const k = e as KeyboardEvent;
      if (!deps.site?.sendsOnModEnter || k.key !== 'Enter' || !(k.ctrlKey || k.metaKey) || k.altKey || k.isComposing) return undefined;
      for (const box of deps.boxes()) if (path.includes(box)) return { box };
      return undefined;
    }
    for (const box of deps.boxes()) {
      const control = sendControlFor(deps.site, box);
      if (control && path.includes(control)) return { box, control };
    }
    return undefined;
  };

  const hold = (e: Event, g: Held) => {
    // Only what would send has its default prevented: a prevented pointerdown would also cancel the
    // mousedown and mouseup that follow, which pages acting on mouseup (Gmail's buttons) need on replay.
    if (SENDS.includes(e.type)) e.preventDefault();
    e.stopImmediatePropagation();
    g.items.push({ event: e, target: e.composedPath()[0] ?? e.target! });
  };

  const replay = (g: Held) => {
    replaying++;
    try {
      for (const { event, target } of g.items) {
        if (event.type === 'submit') {
          const form = target as HTMLFormElement;
          const submitter = (event as SubmitEvent).submitter;
          form.requestSubmit(submitter && (submitter as HTMLButtonElement).form === form ? submitter : undefined);
        } else target.dispatchEvent(copyOf(event));
      }
    } finally {
      replaying--;
    }
  };

  const decide = async (g: Held) => {
    asking = true;
    let decision: Decision;
    try {
      decision = await deps.ask(g.box, g.reasons);
    } catch {
      decision = 'review';
    } finally {
      asking = false;
    }
    if (held === g) held = undefined;
    if (decision === 'send') {
      if (g.focus instanceof HTMLElement && g.focus.isConnected) g.focus.focus();
      // Counted before the replay: the page's own handler may empty the box as it sends.
      deps.sent(g.box);
      replay(g);
      deps.decided(g.box, decision);
    } else deps.decided(g.box, decision);
  };

  const onEvent = (e: Event) => {
    if (replaying) return;
    const m = match(e);
    if (!m) return;
    if (asking) {
      // A second press while the pause is up: nothing goes out twice.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const isMouse = MOUSE.includes(e.type);
    const continuing =
      held !== undefined && isMouse && held.box === m.box && held.control === m.control && e.type !== 'pointerdown' && !held.items.some((i) => i.event.type === e.type);
    if (!continuing) {
      held = undefined;
      const reasons = deps.reasons(m.box);
      if (!reasons.length) {
        if (SENDS.includes(e.type)) deps.sent(m.box);
        return;
      }
      held = { box: m.box, control: m.control, reasons, items: [], focus: deepActive(m.box.ownerDocument) };
    }
    const g = held!;
    hold(e, g);
    if (SENDS.includes(e.type)) void decide(g);
  };

  for (const type of [...MOUSE, 'keydown', 'submit']) listen(win, type, onEvent, { capture: true });
}

// ---- The dialog -------------------------------------------------------------------------------------

export interface PauseProps {
  reasons: Reason[];
  /** Seconds before "Send anyway" unlocks; 0 unlocks it at once. */
  cooldown: number;
  onDecide(d: Decision): void;
}

/** The pause itself: the top two reasons and three choices. Escape is "Review". */
export function Pause({ reasons, cooldown, onDecide }: PauseProps) {
  const [left, setLeft] = useState(cooldown);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  const top = reasons.slice(0, 2);
  return h(
    'div',
    { class: 'rc' },
    h(
      'div',
      {
        class: 'card presend',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'reply-coach-presend-title',
        style: { top: '18vh', left: '50%', transform: 'translateX(-50%)' },
        onKeyDown: (e: KeyboardEvent) => {
          // Keys stay in the dialog: the page's shortcuts must not act on them.
          e.stopPropagation();
          if (e.key === 'Escape') onDecide('review');
        },
      },
      h('h2', { id: 'reply-coach-presend-title' }, t('presend_title')),
      h('p', null, t('presend_intro')),
      h(
        'ul',
        null,
        top.map((r) => h('li', { key: `${r.start}-${r.text}`, class: `finding sev-${r.severity}` }, h('q', null, r.text), h('span', { class: 'why' }, r.message))),
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', ref: first, onClick: () => onDecide('review') }, t('presend_review')),
        h('button', { type: 'button', onClick: () => onDecide('apply') }, t('action_applyCalmer')),
        h(
          'button',
          { type: 'button', disabled: left > 0, 'aria-describedby': left > 0 ? 'reply-coach-presend-wait' : undefined, onClick: () => left <= 0 && onDecide('send') },
          t('presend_sendAnyway'),
        ),
      ),
      left > 0 ? h('p', { id: 'reply-coach-presend-wait', class: 'note', role: 'status' }, t('presend_wait', left)) : null,
    ),
  );
}

/** Shows the pause in the coach's shadow root and resolves with the choice; the dialog is gone by then. */
export function askInShadow(layer: HTMLElement, reasons: Reason[], cooldown: number): Promise<Decision> {
  return new Promise((resolve) => {
    const done = (d: Decision) => {
      render(null, layer);
      resolve(d);
    };
    render(h(Pause, { reasons, cooldown, onDecide: done }), layer);
  });
}

// ---- Wiring into the coach -----------------------------------------------------------------------------

export interface PresendHost {
  site?: SiteAdapter;
  boxes(): Iterable<HTMLElement>;
  /** The box's draft analysed now, with the customer's message; undefined while the coach is off here. */
  draft(box: HTMLElement): { analysis: Analysis; text: string; incoming?: string } | undefined;
  settings(): Pick<Settings, 'presend' | 'presendHeat' | 'presendCooldown'>;
  /** A container in the coach's shadow root for the dialog. */
  layer(): Promise<HTMLElement>;
  /** Back to the box with the panel open. */
  review(box: HTMLElement): void;
  applyCalmer(box: HTMLElement): void;
  /** Sends an insights update to the background (counts only). */
  report(update: InsightsUpdate): void;
}

/** What one draft has shown so far, kept in memory only: never its text (a hash marks it as recorded). */
interface DraftState {
  categories: Set<Category>;
  heated: boolean;
  recorded?: number;
}

/** A short hash of a draft, so the same draft sent by click and then submit counts once without keeping its words. */
function hashOf(text: string): number {
  let x = 5381;
  for (let i = 0; i < text.length; i++) x = ((x << 5) + x + text.charCodeAt(i)) | 0;
  return x;
}

/** The pause and the per-draft insights tally. The coach calls `analysed` after each analysis. */
export function startPresend(ctx: ContentScriptContext, host: PresendHost) {
  const drafts = new WeakMap<HTMLElement, DraftState>();
  const stateOf = (box: HTMLElement) => {
    let d = drafts.get(box);
    if (!d) drafts.set(box, (d = { categories: new Set(), heated: false }));
    return d;
  };
  const reasonsNow = (box: HTMLElement) => {
    const d = host.draft(box);
    return d ? { d, reasons: heatedReasons(d.analysis, d.text, host.settings().presendHeat) } : undefined;
  };

  guardSends(
    window,
    {
      site: host.site,
      boxes: host.boxes,
      reasons: (box) => (host.settings().presend ? (reasonsNow(box)?.reasons ?? []) : []),
      ask: async (box, reasons) => askInShadow(await host.layer(), reasons, host.settings().presendCooldown),
      decided: (box, decision) => {
        host.report({ pause: decision === 'send' ? 'sendAnyway' : 'review' });
        if (decision === 'review') host.review(box);
        else if (decision === 'apply') host.applyCalmer(box);
      },
      sent: (box) => {
        const now = reasonsNow(box);
        if (!now || !now.d.text.trim()) return;
        const state = stateOf(box);
        const hash = hashOf(now.d.text);
        if (state.recorded === hash) return; // the same draft, sent by click and then by submit
        for (const f of now.d.analysis.findings) state.categories.add(f.category);
        host.report({
          draft: {
            situations: detectSituations(now.d.incoming),
            categories: CATEGORIES.filter((c) => state.categories.has(c)),
            topics: topicsIn(now.d.incoming),
            heated: state.heated || now.reasons.length > 0,
            calmed: state.heated && now.reasons.length === 0,
          },
        });
        drafts.set(box, { categories: new Set(), heated: false, recorded: hash });
      },
    },
    (target, type, fn, options) => ctx.addEventListener(target as Window, type as 'click', fn as (e: MouseEvent) => void, options),
  );

  return {
    /** Notes what this analysis shows, for the draft's one insights record. */
    analysed(box: HTMLElement, analysis: Analysis, text: string) {
      const state = stateOf(box);
      if (state.recorded !== undefined && state.recorded !== hashOf(text)) state.recorded = undefined;
      for (const f of analysis.findings) state.categories.add(f.category);
      if (heatedReasons(analysis, text, host.settings().presendHeat).length) state.heated = true;
    },
  };
}
