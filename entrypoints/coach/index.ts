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
  return startSessions(ctx, siteFor(location.href) ?? fixtureSite(location.href), pageHost(), {
    count: (count) => send({ type: 'analysis/count', count }),
    focus: () => send({ type: 'box/focus' }),
    insights: (update) => send({ type: 'insights/record', ...update }),
  });
}

export type CoachModule = { startCoach: typeof startCoach };

export default defineUnlistedScript(() => {
  (globalThis as { __replyCoach?: CoachModule }).__replyCoach = { startCoach };
});
