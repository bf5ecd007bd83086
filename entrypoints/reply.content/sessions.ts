/**
 * Which boxes are live. A capture-phase focusin (through open shadow roots) starts a session for an
 * eligible reply box; input re-analyses it after a short pause; sessions live in a WeakMap and end
 * when their box leaves the page.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Readability } from '@mozilla/readability';
import type { Analysis, Finding } from '../../rules/types';
import type { DiffPart } from '../../rules/diff';
import { COACH_CSS } from '../../assets/coach.css';
import { Coach } from './Coach';
import { isEligible, replyBoxFrom } from './eligibility';
import { isTextField, offsetOf, rangeFor, readBox, type BoxText } from './editor-text';
import { clearHighlights, highlightDom, OverlayUnderlines, TextareaMirror } from './highlights';
import { applyRewrite, copyText } from './apply';
import { analyze, wordDiff } from '../../rules';
import type { SiteAdapter } from './sites';

/** Pause after the last keystroke before analysing: typing never waits for the engine. */
const DEBOUNCE_MS = 60;

interface Session {
  box: HTMLElement;
  bt: BoxText;
  analysis?: Analysis;
  diffs?: { calmer: DiffPart[]; firmer: DiffPart[] };
  mirror?: TextareaMirror;
  overlay?: OverlayUnderlines;
  timer?: number;
  incoming?: string;
  /** Editors that cancel native input events (CKEditor) still change the DOM; this notices. */
  observer?: MutationObserver;
}

export interface CoachHandle {
  /** Removes every underline, badge and listener's effect; the page is as it was. */
  stop(): void;
  /** The number of findings in the active box (for the toolbar badge). */
  count(): number;
}

function incomingFor(site: SiteAdapter | undefined, doc: Document): string | undefined {
  const fromSite = site?.incomingMessage(doc);
  if (fromSite) return fromSite;
  try {
    // Readability works on a clone, so the live page is never changed.
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 100 }).parse();
    return article?.textContent?.trim().slice(0, 5000) || undefined;
  } catch {
    return undefined;
  }
}

export async function startCoach(ctx: ContentScriptContext, site: SiteAdapter | undefined, onCount: (n: number) => void): Promise<CoachHandle> {
  const sessions = new WeakMap<HTMLElement, Session>();
  const live = new Set<Session>();
  let active: Session | undefined;
  let open = false;
  let selected: Finding | undefined;
  let status: string | undefined;
  let tip: { x: number; y: number; text: string } | undefined;
  let ui: ShadowRootContentScriptUi<void> | undefined;
  /** Textarea mirrors live beside the Preact tree, which owns its own container. */
  let mirrorLayer: HTMLElement | undefined;
  let uiReady: Promise<ShadowRootContentScriptUi<void>> | undefined;

  const ensureUi = () =>
    (uiReady ??= createShadowRootUi<void>(ctx, {
      name: 'reply-coach-ui',
      position: 'inline',
      // On <html>, never inside <body>: some composers make the whole body editable.
      anchor: () => document.documentElement,
      append: 'last',
      css: COACH_CSS,
      onMount: () => {},
    }).then((u) => {
      u.mount();
      // Inline !important beats a page that restyles every element with !important.
      for (const [k, v] of [['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['position', 'static'], ['transform', 'none'], ['filter', 'none']])
        u.shadowHost.style.setProperty(k, v, 'important');
      ui = u;
      mirrorLayer = document.createElement('div');
      u.uiContainer.after(mirrorLayer);
      return u;
    }));

  const paint = () => {
    if (!ui) return;
    const s = active;
    if (!s || !s.box.isConnected) {
      render(null, ui.uiContainer);
      return;
    }
    render(
      h(Coach, {
        rect: s.box.getBoundingClientRect(),
        analysis: s.analysis,
        diffs: s.diffs,
        open,
        selected,
        status,
        tip,
        onToggle: () => {
          open = !open;
          status = undefined;
          if (open && s.analysis) s.diffs = diffsOf(s);
          paint();
        },
        onClose: () => {
          open = false;
          paint();
        },
        onSelect: (f) => selectFinding(s, f),
        onApply: (kind) => void apply(s, kind),
        onCopy: (kind) => void copy(s, kind),
      }),
      ui.uiContainer,
    );
  };

  const diffsOf = (s: Session) => {
    const a = s.analysis!;
    return { calmer: wordDiff(s.bt.text, a.rewrites.calmer), firmer: wordDiff(s.bt.text, a.rewrites.firmer) };
  };

  const analyse = async (s: Session) => {
    s.timer = undefined;
    if (!s.box.isConnected) return end(s);
    if (!ctx.isValid) return;
    s.bt = readBox(s.box);
    s.incoming ??= incomingFor(site, s.box.ownerDocument);
    s.analysis = analyze(s.bt.text, { incoming: s.incoming });
    if (open && active === s) s.diffs = diffsOf(s);
    await ensureUi();
    if (isTextField(s.box)) {
      s.mirror ??= new TextareaMirror(s.box, mirrorLayer!);
      s.mirror.render(s.bt.text, s.analysis.findings);
    } else if (!highlightDom(s.box, s.bt, s.analysis.findings)) {
      s.overlay ??= new OverlayUnderlines(mirrorLayer!);
      s.overlay.render(s.bt, s.analysis.findings);
    }
    if (active === s) onCount(s.analysis.findings.length);
    paint();
    // A content-free signal that the underlines are up to date (the benchmark times keystroke -> underline).
    document.dispatchEvent(new Event('reply-coach:analysed'));
  };

  const schedule = (s: Session) => {
    if (s.timer !== undefined) clearTimeout(s.timer);
    s.timer = ctx.setTimeout(() => void analyse(s), DEBOUNCE_MS);
  };

  const end = (s: Session) => {
    s.observer?.disconnect();
    s.mirror?.remove();
    s.overlay?.remove();
    clearHighlights(s.box);
    live.delete(s);
    sessions.delete(s.box);
    if (active === s) {
      active = undefined;
      open = false;
      onCount(0);
    }
    paint();
  };

  const selectFinding = (s: Session, f: Finding) => {
    selected = f;
    if (isTextField(s.box)) {
      s.box.focus();
      s.box.setSelectionRange(f.start, f.end);
    } else {
      const r = rangeFor(s.bt, f.start, f.end);
      const sel = s.box.ownerDocument.getSelection();
      if (r && sel) {
        s.box.focus();
        sel.removeAllRanges();
        sel.addRange(r);
      }
    }
    paint();
  };

  const apply = async (s: Session, kind: 'calmer' | 'firmer') => {
    if (!s.analysis) return;
    // Never apply a rewrite of an older draft: if the box changed since, analyse what is there now.
    const now = readBox(s.box);
    if (now.text !== s.bt.text) {
      s.bt = now;
      s.analysis = analyze(now.text, { incoming: s.incoming });
    }
    const result = await applyRewrite(s.box, s.analysis.rewrites[kind]);
    status =
      result === 'applied'
        ? `Applied the ${kind} rewrite. Press Ctrl+Z to undo.`
        : result === 'copied'
          ? `This editor did not accept the change, so the ${kind} rewrite is on your clipboard: paste it in.`
          : 'Could not apply or copy the rewrite.';
    schedule(s);
    paint();
  };

  const copy = async (s: Session, kind: 'calmer' | 'firmer') => {
    if (!s.analysis) return;
    status = (await copyText(s.analysis.rewrites[kind], s.box.ownerDocument)) ? 'Copied to the clipboard.' : 'Could not copy.';
    paint();
  };

  const onFocus = (e: Event) => {
    const box = replyBoxFrom(e.composedPath());
    if (!box || !isEligible(box)) return;
    let s = sessions.get(box);
    if (!s) {
      const session: Session = { box, bt: { text: '', segments: [] } };
      s = session;
      sessions.set(box, session);
      live.add(session);
      if (!isTextField(box)) {
        session.observer = new MutationObserver(() => schedule(session));
        session.observer.observe(box, { childList: true, characterData: true, subtree: true });
      }
    }
    if (active !== s) {
      active = s;
      open = false;
      selected = undefined;
      status = undefined;
    }
    schedule(s);
  };

  // Textareas change by input events; contenteditables are watched by their MutationObserver.
  const onInput = (e: Event) => {
    const box = replyBoxFrom(e.composedPath());
    const s = box && sessions.get(box);
    if (s && !s.observer) schedule(s);
  };

  /** The finding under a point, from the underlines' own boxes on screen. */
  const findingAt = (s: Session, x: number, y: number): Finding | undefined => {
    if (!s.analysis) return undefined;
    const inside = (rects: DOMRectList | DOMRect[]) => [...rects].some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4);
    if (s.mirror) {
      const spans = [...s.mirror.element.querySelectorAll('span[data-severity]')];
      const i = spans.findIndex((sp) => inside(sp.getClientRects()));
      return i === -1 ? undefined : s.mirror.rendered[i];
    }
    return s.analysis.findings.find((f) => {
      const r = rangeFor(s.bt, f.start, f.end);
      return r ? inside(r.getClientRects()) : false;
    });
  };

  let moveFrame = 0;
  const onMove = (e: MouseEvent) => {
    const s = active;
    if (!s || moveFrame) return;
    moveFrame = ctx.requestAnimationFrame(() => {
      moveFrame = 0;
      const f = findingAt(s, e.clientX, e.clientY);
      const next = f ? { x: e.clientX, y: e.clientY, text: f.message } : undefined;
      if (next?.text !== tip?.text) {
        tip = next;
        paint();
      }
    });
  };

  const onClick = (e: MouseEvent) => {
    const s = active;
    if (!s || !e.composedPath().includes(s.box)) return;
    let offset = -1;
    if (isTextField(s.box)) offset = s.box.selectionStart ?? -1;
    else {
      const sel = s.box.ownerDocument.getSelection();
      if (sel?.focusNode) offset = offsetOf(s.bt, sel.focusNode, sel.focusOffset);
    }
    const f = findingAt(s, e.clientX, e.clientY) ?? s.analysis?.findings.find((x) => offset >= x.start && offset <= x.end && offset !== -1);
    if (f && s.analysis) {
      open = true;
      selected = f;
      s.diffs = diffsOf(s);
      paint();
    }
  };

  let frame = 0;
  const reposition = () => {
    if (frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      for (const s of live) {
        if (!s.box.isConnected) end(s);
        else {
          s.mirror?.sync();
          if (s.overlay && s.analysis) s.overlay.render(s.bt, s.analysis.findings);
        }
      }
      paint();
    });
  };

  const doc = document;
  ctx.addEventListener(doc, 'focusin', onFocus, { capture: true });
  ctx.addEventListener(doc, 'input', onInput, { capture: true });
  ctx.addEventListener(doc, 'mousemove', onMove as EventListener, { capture: true, passive: true });
  ctx.addEventListener(doc, 'click', onClick as EventListener, { capture: true });
  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    for (const s of [...live]) if (!s.box.isConnected) end(s);
  });
  // SPA re-renders: drop boxes that left the page.
  const observer = new MutationObserver(() => {
    if ([...live].some((s) => !s.box.isConnected)) reposition();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  // A box focused before the script arrived.
  const focused = doc.activeElement;
  if (focused) onFocus({ composedPath: () => [focused] } as unknown as Event);

  const stop = () => {
    observer.disconnect();
    for (const s of [...live]) end(s);
    clearHighlights();
    ui?.remove();
  };
  ctx.onInvalidated(stop);
  return { stop, count: () => active?.analysis?.findings.length ?? 0 };
}
