import type { CoachModule } from '../coach';
import { isEligible, replyBoxFrom } from './eligibility';
import { SITE_MATCHES, siteFor } from './sites';

export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...SITE_MATCHES, 'http://127.0.0.1/*', 'http://localhost/*'] : SITE_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    let started = false;
    const start = async () => {
      started = true;
      const g = globalThis as { __replyCoach?: CoachModule };
      try {
        if (!g.__replyCoach) await import(/* @vite-ignore */ browser.runtime.getURL('/coach.js'));
      } catch {
        return; // the extension was reloaded or removed meanwhile
      }
      if (!ctx.isValid || !g.__replyCoach) return;
      await g.__replyCoach.startCoach(ctx, siteFor(location.href), (count) => {
        // After an extension reload the old script's runtime is gone: stay silent, never throw into the page.
        if (!ctx.isValid) return;
        try {
          void browser.runtime.sendMessage({ type: 'analysis/count', count }).catch(() => {});
        } catch {
          /* context invalidated */
        }
      });
    };
    const onFocus = (e: Event) => {
      const box = replyBoxFrom(e.composedPath());
      if (!started && box && isEligible(box)) void start();
    };
    ctx.addEventListener(document, 'focusin', onFocus, { capture: true });
    const focused = document.activeElement;
    if (focused) onFocus({ composedPath: () => [focused] } as unknown as Event);
  },
});
