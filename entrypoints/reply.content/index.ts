import { SITE_MATCHES, siteFor } from './sites';
import { startCoach } from './sessions';

export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...SITE_MATCHES, 'http://127.0.0.1/*', 'http://localhost/*'] : SITE_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    await startCoach(ctx, siteFor(location.href), (count) => {
      // After an extension reload the old script's runtime is gone: stay silent, never throw into the page.
      if (!ctx.isValid) return;
      try {
        void browser.runtime.sendMessage({ type: 'analysis/count', count }).catch(() => {});
      } catch {
        /* context invalidated */
      }
    });
  },
});
