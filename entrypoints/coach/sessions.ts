/**
 * Which boxes are live. A capture-phase focusin (through open shadow roots) starts a session for an
 * eligible reply box; input re-analyses it after a short pause; sessions live in a WeakMap and end
 * when their box leaves the page.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Readability } from '@mozilla/readability';
import type { Analysis, Finding } from '../../rules/types';
import type { DiffPart } from '../../rules/diff';
import { COACH_CSS } from '../../assets/coach.css';
import { Coach } from './Coach';
import { deepActiveElement, isEligible, replyBoxFrom } from './eligibility';
import { isTextField, offsetOf, rangeFor, readBox, type BoxText } from './editor-text';
import { clearHighlights, highlightDom, OverlayUnderlines, TextareaMirror } from './highlights';
import { applyText, copyText, type ApplyResult, type WriteOutcome } from './apply';
import { analyze, rewrite, rewrites, rewriteDiff, rewriteResult, detectSituations, tone, type EngineSettings, type Situation } from '../../rules';
import { coachOnFor, toEngineSettings, type Settings } from '../../utils/settings';
import { createSettingsStore } from '../../utils/store';
import { t } from '../../utils/i18n';
import { pageRequest, type DraftReport, type PageRequest, type PageResponse } from '../../utils/messaging';
import type { SiteAdapter } from '../../sites';
import { startPresend } from './presend';
import type { InsightsUpdate } from '../../utils/insights';

/** Pause after the last keystroke before analysing: typing never waits for the engine. */
const DEBOUNCE_MS = 60;
/** The longest an editor merges edits into one undo step (Quill's default history delay is 1 s). */
const UNDO_GROUP_MS = 1100;

interface Session {
  box: HTMLElement;
  bt: BoxText;
  analysis?: Analysis;
  diffs?: { calmer: DiffPart[]; firmer: DiffPart[]; notOffered?: { calmer?: string; firmer?: string } };
  mirror?: TextareaMirror;
  overlay?: OverlayUnderlines;
  timer?: number;
  /** When the box last changed (performance.now()). */
  changedAt?: number;
  incoming?: string;
  /** Editors that cancel native input events (CKEditor) still change the DOM; this notices. */
  observer?: MutationObserver;
  /** Situations the user picked in the popup for this conversation. */
  override?: Situation[];
  /** The engine settings with that override, kept while neither changes so the engine's caches hold. */
  engine?: { base: Partial<EngineSettings>; override?: Situation[]; value: Partial<EngineSettings> };
  /** The draft as it was before the last Apply, while the box holds something else: "Restore my draft". */
  snapshot?: string;
}

export interface CoachNotify {
  /** The active box's finding count, for the toolbar badge. */
  count(n: number): void;
  /** This frame now holds the focused reply box (the popup asks it). */
  focus(): void;
  /** A sent draft's counts or a pause's outcome, for insights (never text). */
  insights(update: InsightsUpdate): void;
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

export async function startCoach(ctx: ContentScriptContext, site: SiteAdapter | undefined, host: string, notify: CoachNotify): Promise<CoachHandle> {
  const onCount = notify.count;
  const store = createSettingsStore();
  ctx.onInvalidated(store.dispose);
  await store.ready;
  let settings: Settings = store.getState().settings;
  const isOn = () => coachOnFor(settings, host);
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
    if (!s || !s.box.isConnected || !isOn()) {
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
        onRestore: s.snapshot !== undefined ? () => void restore(s) : undefined,
        onCopy: (kind) => void copy(s, kind),
      }),
      ui.uiContainer,
    );
  };

  const diffsOf = (s: Session) => {
    const a = s.analysis!;
    const notOffered = { calmer: rewriteResult(a, 'calmer').reason, firmer: rewriteResult(a, 'firmer').reason };
    return { calmer: rewriteDiff(a, 'calmer'), firmer: rewriteDiff(a, 'firmer'), ...(notOffered.calmer || notOffered.firmer ? { notOffered } : {}) };
  };

  const engineFor = (s: Session): Partial<EngineSettings> => {
    const base = toEngineSettings(settings);
    if (!s.override) return base;
    if (s.engine?.base !== base || s.engine.override !== s.override) s.engine = { base, override: s.override, value: { ...base, situationOverride: s.override } };
    return s.engine.value;
  };

  /** Reads the box and analyses it now. */
  const refresh = (s: Session): Analysis => {
    s.bt = readBox(s.box);
    s.incoming ??= incomingFor(site, s.box.ownerDocument);
    return (s.analysis = analyze(s.bt.text, { incoming: s.incoming, settings: engineFor(s) }));
  };

  const analyse = async (s: Session) => {
    s.timer = undefined;
    if (!s.box.isConnected) return end(s);
    if (!ctx.isValid || !isOn()) return;
    const a = refresh(s);
    if (open && active === s) s.diffs = diffsOf(s);
    await ensureUi();
    if (!isOn() || s.analysis !== a) return; // switched off, or a newer analysis, meanwhile
    if (isTextField(s.box)) {
      s.mirror ??= new TextareaMirror(s.box, mirrorLayer!);
      s.mirror.render(s.bt.text, a.findings);
    } else if (!highlightDom(s.box, s.bt, a.findings, mirrorLayer!)) {
      s.overlay ??= new OverlayUnderlines(mirrorLayer!);
      s.overlay.render(s.bt, a.findings);
    }
    if (active === s) onCount(a.findings.length);
    presend.analysed(s.box, a, s.bt.text);
    paint();
    // A content-free signal that the underlines are up to date (the benchmark times keystroke -> underline).
    document.dispatchEvent(new Event('reply-coach:analysed'));
  };

  const schedule = (s: Session) => {
    s.changedAt = performance.now();
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

  /** Writes `next` over the draft `from`, then says what happened and keeps the user's text safe on the clipboard when it did not go in. */
  const writeAndReport = async (s: Session, from: string, next: string, which: string): Promise<{ result: ApplyResult; message: string }> => {
    let outcome: WriteOutcome;
    try {
      outcome = await applyText(s.box, from, next, site?.editor);
    } catch {
      outcome = 'stuck';
    }
    const doc = s.box.ownerDocument;
    const both = () => `${t('clip_draft')}\n${from}\n\n${t('clip_rewrite')}\n${next}`;
    let result: ApplyResult;
    if (outcome === 'applied') {
      result = 'applied';
      status = which ? t('status_applied', which) : t('status_restored');
      // A placeholder left by the rewrite is selected, so typing replaces it.
      if (which) {
        const left = refresh(s).findings.find((f) => f.category === 'unfinished');
        if (left) selectFinding(s, left);
      }
    } else if (outcome === 'unchanged' || outcome === 'gone') {
      const copied = await copyText(next, doc);
      result = copied ? 'copied' : 'failed';
      status = !copied ? t('status_applyFailed') : outcome === 'gone' ? t('status_boxChanged') : which ? t('status_copiedInstead', which) : t('status_restoreCopied');
    } else {
      // Garbled: the draft went back (or could not); both texts go to the clipboard.
      const copied = await copyText(both(), doc);
      result = copied ? 'copied' : 'failed';
      status = outcome === 'restored' ? t('status_garbledRestored') : t('status_garbledStuck');
    }
    if (s.box.isConnected) {
      const now = readBox(s.box).text;
      s.snapshot = outcome === 'stuck' || (outcome === 'applied' && which) ? (now !== from ? from : undefined) : undefined;
    }
    schedule(s);
    paint();
    return { result, message: status };
  };

  const apply = async (s: Session, kind: 'calmer' | 'firmer'): Promise<{ result: ApplyResult; message: string }> => {
    if (!s.analysis) refresh(s);
    // Editors merge edits made close together into one undo step (ProseMirror within 500 ms, Quill
    // within 1 s): let the typing settle first, so one Ctrl+Z undoes the rewrite and not the draft.
    const settle = (s.changedAt ?? 0) + UNDO_GROUP_MS - performance.now();
    if (settle > 0) await new Promise<void>((r) => ctx.setTimeout(() => r(), settle));
    if (!s.box.isConnected) {
      const copied = await copyText(rewrite(s.analysis!, kind), document);
      status = copied ? t('status_boxChanged') : t('status_applyFailed');
      paint();
      return { result: copied ? 'copied' : 'failed', message: status };
    }
    // Never apply a rewrite of an older draft: if the box changed since, analyse what is there now.
    if (readBox(s.box).text !== s.bt.text) refresh(s);
    const which = kind === 'calmer' ? t('rewrite_calmerLower') : t('rewrite_firmerLower');
    return writeAndReport(s, s.bt.text, rewrite(s.analysis!, kind), which);
  };

  /** "Restore my draft": the snapshot goes back through the same verified path. */
  const restore = async (s: Session) => {
    const draft = s.snapshot;
    if (draft === undefined || !s.box.isConnected) return;
    await writeAndReport(s, readBox(s.box).text, draft, '');
    s.snapshot = undefined;
    paint();
  };

  const copy = async (s: Session, kind: 'calmer' | 'firmer') => {
    if (!s.analysis) return;
    status = (await copyText(rewrite(s.analysis, kind), s.box.ownerDocument)) ? t('status_copied') : t('status_copyFailed');
    paint();
  };

  /** Shadow roots whose own focus moves and scrolling we follow (neither leaves the root). */
  const watchedRoots = new WeakSet<ShadowRoot>();
  const watchRoot = (box: HTMLElement) => {
    const root = box.getRootNode();
    if (!(root instanceof ShadowRoot) || watchedRoots.has(root)) return;
    watchedRoots.add(root);
    // Focus moving between two boxes of one shadow root never reaches the document.
    root.addEventListener('focusin', onFocus, { capture: true, signal: ctx.signal });
    root.addEventListener('scroll', reposition, { capture: true, passive: true, signal: ctx.signal });
  };

  const startSession = (box: HTMLElement): Session => {
    const session: Session = { box, bt: { text: '', segments: [] } };
    sessions.set(box, session);
    live.add(session);
    if (!isTextField(box)) {
      session.observer = new MutationObserver(() => schedule(session));
      session.observer.observe(box, { childList: true, characterData: true, subtree: true });
    }
    // The box's own scrolling moves its underlines (a scroll event does not bubble out of a shadow root).
    box.addEventListener('scroll', reposition, { passive: true, signal: ctx.signal });
    watchRoot(box);
    return session;
  };

  const onFocus = (e: Event) => {
    if (!isOn()) return;
    const box = replyBoxFrom(e.composedPath());
    if (!box || !isEligible(box)) return;
    const s = sessions.get(box) ?? startSession(box);
    if (active !== s) {
      active = s;
      open = false;
      selected = undefined;
      status = undefined;
      notify.focus();
    }
    schedule(s);
  };

  // Textareas change by input events; contenteditables are watched by their MutationObserver. Input
  // into a box with no session yet (focused before the coach ran, inside a shadow root) starts one.
  const onInput = (e: Event) => {
    const box = replyBoxFrom(e.composedPath());
    const s = box && sessions.get(box);
    if (!s) return onFocus(e);
    if (!s.observer) schedule(s);
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

  // The pause before a heated draft is sent (presend.ts); this is its whole hook.
  let presendLayer: HTMLElement | undefined;
  const presend = startPresend(ctx, {
    site,
    boxes: () => [...live].map((s) => s.box).filter((b) => b.isConnected),
    draft: (box) => {
      const s = sessions.get(box);
      return s && isOn() ? { analysis: refresh(s), text: s.bt.text, incoming: s.incoming } : undefined;
    },
    settings: () => settings,
    layer: async () => {
      const u = await ensureUi();
      if (!presendLayer) u.uiContainer.after((presendLayer = document.createElement('div')));
      return presendLayer;
    },
    review: (box) => {
      const s = sessions.get(box);
      if (!s) return;
      active = s;
      open = true;
      status = undefined;
      if (s.analysis) s.diffs = diffsOf(s);
      paint();
      // After the card's own focus effect (the frame after a render): the user goes back to the box.
      ctx.requestAnimationFrame(() => ctx.setTimeout(() => box.focus(), 0));
    },
    applyCalmer: (box) => {
      const s = sessions.get(box);
      if (!s) return;
      box.focus();
      void apply(s, 'calmer');
    },
    report: notify.insights,
  });

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

  const focusActive = () => {
    // A box focused before the script arrived, or while the coach was off.
    const focused = deepActiveElement(doc);
    if (focused) onFocus({ composedPath: () => [focused] } as unknown as Event);
  };
  focusActive();

  /** Coach switched off: every underline, mirror and badge goes at once; the sessions wait. */
  const hideAll = () => {
    for (const s of live) {
      if (s.timer !== undefined) clearTimeout(s.timer);
      s.timer = undefined;
      s.mirror?.remove();
      s.mirror = undefined;
      s.overlay?.remove();
      s.overlay = undefined;
      s.analysis = undefined;
      clearHighlights(s.box);
    }
    open = false;
    tip = undefined;
    onCount(0);
    paint();
  };

  const unsubscribe = store.subscribe((state) => {
    if (state.settings === settings) return;
    settings = state.settings;
    if (!isOn()) return hideAll();
    // On again, or settings changed: re-analyse every live box now.
    for (const s of live) void analyse(s);
    if (!active) focusActive();
  });
  ctx.onInvalidated(unsubscribe);

  const report = (s: Session): DraftReport => {
    const a = s.analysis!;
    s.diffs = diffsOf(s);
    return {
      analysis: { findings: a.findings, checks: a.checks, situations: a.situations, advice: a.advice, rewrites: rewrites(a), skipped: a.skipped, truncatedAt: a.truncatedAt },
      diffs: s.diffs,
      tone: tone(a),
      detected: detectSituations(s.incoming),
      override: s.override ?? null,
    };
  };

  /** Requests from the popup: the current draft, apply a rewrite, or set the situation. Nothing here touches settings. */
  const answer = async (req: PageRequest): Promise<PageResponse> => {
    if (!isOn()) return { state: 'off' };
    const s = active;
    if (!s || !s.box.isConnected) return { state: 'none' };
    if (req.type === 'rewrite/apply') {
      if (!s.analysis || readBox(s.box).text !== s.bt.text) refresh(s);
      const { result, message } = await apply(s, req.kind);
      return { state: result, message };
    }
    if (req.type === 'situation/set') {
      s.override = req.situations ?? undefined;
      refresh(s);
      void analyse(s);
    } else if (!s.analysis || s.timer !== undefined || readBox(s.box).text !== s.bt.text) refresh(s);
    return { state: 'draft', ...report(s) };
  };
  const onMessage = (message: unknown, sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1]) => {
    const req = pageRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    return req ? answer(req) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const stop = () => {
    observer.disconnect();
    for (const s of [...live]) end(s);
    clearHighlights();
    ui?.remove();
  };
  ctx.onInvalidated(stop);
  return { stop, count: () => active?.analysis?.findings.length ?? 0 };
}
