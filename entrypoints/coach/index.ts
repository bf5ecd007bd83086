/**
 * The coach itself: sessions, underlines, the card and the engine (compromise and the rules).
 * The entry script (entrypoints/reply.ts) loads this file on the first focus of an eligible reply
 * box, so a page without one carries only the small entry script.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { startCoach as startSessions } from './sessions';
import { useInputChannel } from './apply';
import { pageWorldChannel } from './page-world-input';
import { fixtureSite, siteFor } from '../../sites';
import { pageHost } from '../../utils/switch';
import { useToneWeights } from '../../rules/model';

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
  // The tone model follows the first analysis as its own chunk; until it arrives the rules judge alone.
  ctx.setTimeout(() => void loadToneModel(), 0);
  return startSessions(ctx, siteFor(location.href) ?? fixtureSite(location.href), pageHost(), {
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
