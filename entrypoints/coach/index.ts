/**
 * The coach itself: sessions, underlines, the cards and the engine (compromise and the rules).
 * The entry script (entrypoints/reply.ts) loads this file on the first focus of an eligible reply
 * box, so a page without one carries only the small entry script. This file wires the pieces.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { h, render } from 'preact';
import { analyze, detectSituations, prepareLexicons, rewrites, tone } from '../../rules';
import { fixtureSite, siteFor, type SiteAdapter } from '../../sites';
import { pageHost, coachOnFor } from '../../utils/switch';
import { toEngineSettings, type Settings } from '../../utils/settings-schema';
import { createSettingsStore } from '../../utils/store';
import { readBox } from './editor-text';
import type { DraftReport, PageRequest, PageResponse } from '../../utils/messaging';
import type { InsightsUpdate } from '../../utils/insights';
import { COACH_CSS } from '../../assets/coach.css';
import { createCardStore } from './card-store';
import { startSessions, type Session } from './sessions';
import { cardActions } from './card-actions';
import { startPointer } from './pointer';
import { startKeyboard, previousFocusable } from './keyboard';
import { startPopupRequests } from './popup-requests';
import { startPresend } from './presend';
import { CoachRoot } from './Coach';
import { useInputChannel } from './apply';
import { pageWorldChannel } from './page-world-input';
import { useToneWeights } from '../../rules/model';

export interface CoachNotify {
  /** The active box's finding count, for the toolbar badge. */
  count(n: number): void;
  /** This frame now holds the focused reply box (the popup asks it). */
  focus(): void;
  /** A sent draft's counts or a pause's outcome, for insights (never text). */
  insights(update: InsightsUpdate): void;
}

export interface CoachHandle {
  stop(): void;
  count(): number;
}

/** A short draft the engine reads once while the user is still typing, so the first real read is warm. */
const WARM_UP = 'Hi, sorry for the wait. As I already said, you should have read the listing!!! I will send it today.';

/** Indexes the lexicons a few milliseconds at a time, then reads the warm-up draft: no long task on the page. */
async function warmUp(settings: () => Settings): Promise<void> {
  for (;;) {
    const until = performance.now() + 8;
    if (prepareLexicons(() => performance.now() < until)) break;
    await new Promise((resolve) => setTimeout(resolve));
  }
  analyze(WARM_UP, { settings: toEngineSettings(settings()) });
}

export async function runCoach(ctx: ContentScriptContext, site: SiteAdapter | undefined, host: string, notify: CoachNotify): Promise<CoachHandle> {
  const store = createSettingsStore();
  ctx.onInvalidated(store.dispose);
  await store.ready;
  let settings: Settings = store.getState().settings;
  const isOn = () => coachOnFor(settings, host);
  const cards = createCardStore();

  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let uiReady: Promise<HTMLElement> | undefined;
  /** Textarea mirrors, overlays and the pause's dialog live beside the Preact tree. */
  const layer = () =>
    (uiReady ??= createShadowRootUi<HTMLElement>(ctx, {
      name: 'reply-coach-ui',
      position: 'inline',
      // On <html>, never inside <body>: some composers make the whole body editable.
      anchor: () => document.documentElement,
      append: 'last',
      css: COACH_CSS,
      onMount: (container) => {
        render(h(CoachRoot, { store: cards, actions }), container);
        const side = document.createElement('div');
        container.after(side);
        return side;
      },
      onRemove: (side) => {
        render(null, ui!.uiContainer);
        side?.remove();
      },
    }).then((u) => {
      ui = u;
      u.mount();
      // Inline !important beats a page that restyles every element with !important.
      for (const [k, v] of [['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['position', 'static'], ['transform', 'none'], ['filter', 'none']])
        u.shadowHost.style.setProperty(k, v, 'important');
      return u.mounted!;
    }));
  const isOurs = (path: EventTarget[]) => !!ui && path.includes(ui.shadowHost);

  let presend: ReturnType<typeof startPresend>;
  const sessions = startSessions(ctx, {
    site,
    cards,
    settings: () => settings,
    isOn,
    layer,
    focused: notify.focus,
    count: notify.count,
    analysed: (s, a) => presend.analysed(s.box, a, s.bt.text),
    // The engine's first read builds its lexicons and model: once the badge shows "Checking…", before the draft's own read.
    firstPaint: () => void warmUp(() => settings),
    edited: () => {
      pointer.edited();
      if (cards.get().panel || cards.get().card) cards.set({ panel: false, card: undefined });
    },
  });

  const actions = {
    ...cardActions(ctx, { cards, sessions, editor: site?.editor, settings: () => settings, update: (patch) => store.getState().update(patch) }),
    /** Shift+Tab from the badge: on to where Shift+Tab from the box would have gone. */
    focusBefore: () => {
      const box = sessions.active()?.box;
      const prev = box && previousFocusable(box);
      (prev ?? box)?.focus();
    },
  };

  const pointer = startPointer(ctx, {
    store: cards,
    active: () => sessions.active(),
    isOurs,
    outside: () => {
      const st = cards.get();
      if (st.panel || st.card) cards.set({ panel: false, card: undefined, tip: undefined });
    },
  });

  startKeyboard(ctx, {
    cards,
    activeBox: () => sessions.active()?.box,
    typed: () => {
      if (sessions.isWriting()) return;
      pointer.edited();
      const st = cards.get();
      if (st.panel || st.card) cards.set({ panel: false, card: undefined });
    },
  });

  // The pause before a heated draft is sent (presend.ts); this is its whole hook.
  let presendLayer: HTMLElement | undefined;
  presend = startPresend(ctx, {
    site,
    boxes: () => [...sessions.live].map((s) => s.box).filter((b) => b.isConnected),
    draft: (box) => {
      const s = sessions.get(box);
      return s && isOn() ? { analysis: sessions.refresh(s), text: s.bt.text, incoming: s.incoming } : undefined;
    },
    settings: () => settings,
    layer: async () => {
      const side = await layer();
      if (!presendLayer) side.after((presendLayer = document.createElement('div')));
      return presendLayer;
    },
    review: (box) => {
      const s = sessions.get(box);
      if (!s) return;
      sessions.activate(s);
      // Open beside the box, with the user back in the box (the panel does not take focus).
      actions.openPanel('rewrites', false);
      box.focus();
    },
    applyCalmer: (box) => {
      const s = sessions.get(box);
      if (!s) return;
      box.focus();
      void actions.apply(s, 'calmer');
    },
    report: notify.insights,
  });

  sessions.focusActive();

  const unsubscribe = store.subscribe((state) => {
    if (state.settings === settings) return;
    settings = state.settings;
    if (!isOn()) return sessions.hideAll();
    // On again, or settings changed: re-analyse every live box now.
    sessions.reanalyseAll();
  });
  ctx.onInvalidated(unsubscribe);


  const report = (s: Session): DraftReport => {
    const a = s.analysis!;
    const diffs = sessions.diffsOf(s);
    return {
      analysis: { findings: s.findings, checks: a.checks, situations: a.situations, advice: a.advice, rewrites: rewrites(a), skipped: a.skipped, truncatedAt: a.truncatedAt },
      diffs,
      tone: tone(a),
      detected: detectSituations(s.incoming),
      override: s.override ?? null,
    };
  };

  startPopupRequests(ctx, {
    async answer(req: PageRequest): Promise<PageResponse> {
      if (!isOn()) return { state: 'off' };
      const s = sessions.active();
      if (!s || !s.box.isConnected) return { state: 'none' };
      if (req.type === 'panel/open') {
        await layer();
        return actions.openPanel() ? { state: 'opened' } : { state: 'none' };
      }
      if (req.type === 'rewrite/apply') {
        if (!s.analysis || readBox(s.box).text !== s.bt.text) sessions.refresh(s);
        const { result, message } = await actions.apply(s, req.kind);
        return { state: result, message };
      }
      if (req.type === 'situation/set') {
        s.override = req.situations ?? undefined;
        sessions.refresh(s);
        void sessions.analyse(s);
      } else if (!s.analysis || s.timer !== undefined || readBox(s.box).text !== s.bt.text) sessions.refresh(s);
      return { state: 'draft', ...report(s) };
    },
  });

  const stop = () => {
    sessions.stop();
    ui?.remove();
  };
  ctx.onInvalidated(stop);
  return { stop, count: () => sessions.active()?.findings.length ?? 0 };
}

async function startCoach() {
  // Imported here, not at the top: WXT reads this file in Node to find its options, where the
  // context's module cannot load.
  const { ContentScriptContext } = await import('wxt/utils/content-script-context');
  const ctx = new ContentScriptContext('reply-coach');
  // Firefox hands a content script's dataTransfer to the page empty: send input events from the page's world.
  if (import.meta.env.FIREFOX) {
    const channel = pageWorldChannel();
    if (channel) useInputChannel(channel);
  }
  // After an extension reload the old script's runtime is gone: stay silent, never throw into the page.
  const send = (message: object) => {
    if (!ctx.isValid) return;
    try {
      void browser.runtime.sendMessage(message).catch(() => {});
    } catch {
      /* context invalidated */
    }
  };
  // compromise is its own script (nlp.js): evaluated as its own task before the engine's first use.
  const g = globalThis as { __replyCoachNlp?: unknown };
  if (!g.__replyCoachNlp) await import(/* @vite-ignore */ browser.runtime.getURL('/nlp.js' as '/coach.js'));
  // The tone model follows the first analysis as its own chunk; until it arrives the rules judge alone.
  ctx.setTimeout(() => void loadToneModel(), 0);
  return runCoach(ctx, siteFor(location.href) ?? fixtureSite(location.href), pageHost(), {
    count: (count) => send({ type: 'analysis/count', count }),
    focus: () => send({ type: 'box/focus' }),
    insights: (update) => send({ type: 'insights/record', ...update }),
  });
}

/** Loads the tone model's weights; missing or corrupt weights leave the engine on its rules alone. */
async function loadToneModel() {
  const g = globalThis as { __replyCoachToneWeights?: unknown };
  try {
    if (g.__replyCoachToneWeights === undefined) await import(/* @vite-ignore */ browser.runtime.getURL('/tone-model.js' as '/coach.js'));
  } catch {
    /* not loadable: the rules judge alone */
  }
  useToneWeights(g.__replyCoachToneWeights);
}

export type CoachModule = { startCoach: typeof startCoach };

export default defineUnlistedScript(() => {
  (globalThis as { __replyCoach?: CoachModule }).__replyCoach = { startCoach };
});
