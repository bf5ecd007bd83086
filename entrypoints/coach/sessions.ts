/**
 * Which boxes are live. A capture-phase focusin (through open shadow roots) starts a session for an
 * eligible reply box; input re-analyses it after a short pause; sessions live in a WeakMap and end
 * when their box leaves the page. What the UI shows goes to the card store (card-store.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Readability } from '@mozilla/readability';
import type { Analysis } from '../../rules/types';
import { analyze, rewriteDiff, rewriteResult, type EngineSettings, type Situation } from '../../rules';
import { toEngineSettings, type Settings } from '../../utils/settings-schema';
import type { SiteAdapter } from '../../sites';
import { deepActiveElement, isEligible, replyBoxFrom } from './eligibility';
import { isTextField, readBox, type BoxText } from './editor-text';
import { clearHighlights, highlightDom, OverlayUnderlines, TextareaMirror } from './highlights';
import { shownFindings, type CardStore } from './card-store';
import { anchorOf } from './pointer';
import type { Box } from './placement';

/** Pause after the last keystroke before analysing: typing never waits for the engine. */
const DEBOUNCE_MS = 60;

export interface Session {
  box: HTMLElement;
  bt: BoxText;
  analysis?: Analysis;
  /** The analysis's findings as shown: without the dismissed and never-flagged ones. */
  findings: Analysis['findings'];
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
  /** Findings dismissed in this draft (findingKey); an emptied box starts a new draft. */
  dismissed: Set<string>;
}

export interface SessionDeps {
  site?: SiteAdapter;
  cards: CardStore;
  settings(): Settings;
  isOn(): boolean;
  /** The UI's shadow root is mounted; resolves to the layer underlines are drawn in. */
  layer(): Promise<HTMLElement>;
  /** The active box changed (the popup asks this frame from now on). */
  focused(): void;
  /** The active box's finding count, for the toolbar badge. */
  count(n: number): void;
  /** After each analysis that reached the screen. */
  analysed(s: Session, a: Analysis): void;
  /** The "Checking…" badge is on screen and the engine has not run yet: a moment to warm it. */
  firstPaint(): void;
  /** The user typed into the box (not our own write). */
  edited(s: Session): void;
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

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

export function startSessions(ctx: ContentScriptContext, deps: SessionDeps) {
  const { cards } = deps;
  const sessions = new WeakMap<HTMLElement, Session>();
  const live = new Set<Session>();
  let active: Session | undefined;
  /** Set while our own write goes in: its input events are not the user's typing. */
  let writing = 0;

  const diffsOf = (s: Session) => {
    const a = s.analysis!;
    // Each change carries the finding that caused it; a rewrite that is not offered says why.
    const notOffered = { calmer: rewriteResult(a, 'calmer').reason, firmer: rewriteResult(a, 'firmer').reason };
    return { calmer: rewriteDiff(a, 'calmer'), firmer: rewriteDiff(a, 'firmer'), ...(notOffered.calmer || notOffered.firmer ? { notOffered } : {}) };
  };

  /** The active session into the card store: its place, findings and rewrites. */
  const sync = () => {
    const s = active;
    if (!s || !s.box.isConnected || !deps.isOn()) return cards.set({ rect: undefined, panel: false, card: undefined, tip: undefined });
    const st = cards.get();
    const avoidEl = deps.site?.incomingElement?.(s.box.ownerDocument);
    cards.set({
      rect: boxOf(s.box.getBoundingClientRect()),
      avoid: avoidEl ? boxOf(avoidEl.getBoundingClientRect()) : undefined,
      analysis: s.analysis,
      findings: s.findings,
      checking: !s.analysis,
      canRestore: s.snapshot !== undefined,
      diffs: st.panel && s.analysis ? (st.analysis === s.analysis && st.diffs ? st.diffs : diffsOf(s)) : st.diffs,
    });
  };

  const engineFor = (s: Session): Partial<EngineSettings> => {
    const base = toEngineSettings(deps.settings());
    if (!s.override) return base;
    if (s.engine?.base !== base || s.engine.override !== s.override) s.engine = { base, override: s.override, value: { ...base, situationOverride: s.override } };
    return s.engine.value;
  };

  const reshow = (s: Session) => {
    s.findings = s.analysis ? shownFindings(s.analysis.findings, s.dismissed, deps.settings().ignoreWords) : [];
  };

  /** Reads the box and analyses it now. */
  const refresh = (s: Session): Analysis => {
    s.bt = readBox(s.box);
    if (!s.bt.text.trim()) s.dismissed.clear(); // an emptied box is a new draft
    s.incoming ??= incomingFor(deps.site, s.box.ownerDocument);
    s.analysis = analyze(s.bt.text, { incoming: s.incoming, settings: engineFor(s) });
    reshow(s);
    return s.analysis;
  };

  /** Draws the session's shown findings. */
  const draw = async (s: Session) => {
    const layer = await deps.layer();
    if (!deps.isOn() || !s.box.isConnected) return;
    if (isTextField(s.box)) {
      s.mirror ??= new TextareaMirror(s.box, layer);
      s.mirror.render(s.bt.text, s.findings);
    } else if (!highlightDom(s.box, s.bt, s.findings, layer)) {
      s.overlay ??= new OverlayUnderlines(layer);
      s.overlay.render(s.bt, s.findings);
    }
  };

  /** The UI on screen, with the badge saying "Checking…", before the engine's first (slow) read. */
  let shown: Promise<void> | undefined;
  const showFirst = () =>
    (shown ??= deps.layer().then(() => {
      sync();
      // A frame to paint the badge, then the engine may block.
      return new Promise<void>((r) => ctx.requestAnimationFrame(() => ctx.setTimeout(r, 0)));
    }));

  const analyse = async (s: Session) => {
    s.timer = undefined;
    if (!s.box.isConnected) return end(s);
    if (!ctx.isValid || !deps.isOn()) return;
    if (!shown) {
      await showFirst();
      if (s.timer !== undefined) return; // typed meanwhile: the newer run reads the box
      deps.firstPaint();
    }
    const a = refresh(s);
    await draw(s);
    if (!deps.isOn() || s.analysis !== a) return; // switched off, or a newer analysis, meanwhile
    if (active === s) deps.count(s.findings.length);
    deps.analysed(s, a);
    sync();
    // A content-free signal that the underlines are up to date (the benchmark times keystroke -> underline).
    document.dispatchEvent(new Event('reply-coach:analysed'));
  };

  const schedule = (s: Session, delay = DEBOUNCE_MS) => {
    s.changedAt = performance.now();
    if (s.timer !== undefined) clearTimeout(s.timer);
    s.timer = ctx.setTimeout(() => void analyse(s), delay);
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
      deps.count(0);
    }
    sync();
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
    const session: Session = { box, bt: { text: '', segments: [] }, findings: [], dismissed: new Set() };
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
    if (!deps.isOn()) return;
    const box = replyBoxFrom(e.composedPath());
    if (!box || !isEligible(box)) return;
    const s = sessions.get(box) ?? startSession(box);
    if (active !== s) {
      active = s;
      // Another box: the other box's cards close (two boxes never share one card).
      cards.set({ panel: false, card: undefined, tip: undefined, status: undefined, tab: 'rewrites', diffs: undefined });
      deps.focused();
    }
    // A box not read yet shows "Checking…" at once (analyse waits for that frame before the engine runs).
    if (!s.analysis) void showFirst().then(() => active === s && sync());
    schedule(s);
  };

  // Textareas change by input events; contenteditables are watched by their MutationObserver. Input
  // into a box with no session yet (focused before the coach ran, inside a shadow root) starts one.
  const onInput = (e: Event) => {
    const box = replyBoxFrom(e.composedPath());
    const s = box && sessions.get(box);
    if (!s) return onFocus(e);
    // Only the user's own input closes cards; an editor re-rendering its DOM (or our write) does not.
    if (!writing && e.isTrusted) deps.edited(s);
    if (!s.observer) schedule(s);
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
          if (s.overlay && s.analysis) s.overlay.render(s.bt, s.findings);
        }
      }
      // A finding card follows its word (scrolling, a resized window), or goes with it.
      const card = cards.get().card;
      if (card && active) {
        const anchor = anchorOf(active, card.finding);
        cards.set({ card: anchor ? { ...card, anchor, focus: false } : undefined });
      }
      sync();
    });
  };

  const doc = document;
  ctx.addEventListener(doc, 'focusin', onFocus, { capture: true });
  ctx.addEventListener(doc, 'input', onInput, { capture: true });
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
      s.findings = [];
      clearHighlights(s.box);
    }
    deps.count(0);
    sync();
  };

  return {
    live,
    get: (box: HTMLElement) => sessions.get(box),
    active: () => active,
    activate(s: Session) {
      active = s;
    },
    refresh,
    analyse,
    schedule,
    sync,
    diffsOf,
    focusActive,
    hideAll,
    /** Settings changed: the shown findings and underlines follow at once (a never-flagged phrase goes). */
    reanalyseAll() {
      for (const s of live) void analyse(s);
      if (!active) focusActive();
    },
    /** Dismissed findings or the never-flag list changed: redraw without re-reading. */
    reshowActive() {
      const s = active;
      if (!s) return;
      reshow(s);
      void draw(s);
      deps.count(s.findings.length);
      sync();
    },
    /** Whether our own write is going in now. */
    isWriting: () => writing > 0,
    /** Runs our own write: its input events do not close the UI or count as the user's edit. */
    async writing<T>(fn: () => Promise<T>): Promise<T> {
      writing++;
      try {
        return await fn();
      } finally {
        // Mutation records of the write arrive after it resolves: let them pass first.
        await new Promise<void>((r) => ctx.setTimeout(r, 0));
        writing--;
      }
    },
    stop() {
      observer.disconnect();
      for (const s of [...live]) end(s);
      clearHighlights();
    },
  };
}

export type Sessions = ReturnType<typeof startSessions>;
