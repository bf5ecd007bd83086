/**
 * The content script on every built-in site: it only watches for the first focus of an eligible reply
 * box, then loads the coach (UI and engine) from coach.js. Kept tiny and free of the polyfill and WXT's
 * content-script runtime, which cost most of a page's time before (see README, Performance).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { CoachModule } from './coach';
import { deepActiveElement, isEligible, replyBoxFrom } from './coach/eligibility';
import { SETTINGS_KEY, pageHost, switchedOn } from '../utils/switch';

interface Api {
  runtime: { id?: string; getURL(path: string): string };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(fn: () => void): void; removeListener(fn: () => void): void };
  };
}

export default defineUnlistedScript(() => {
  const g = globalThis as { browser?: Api; chrome?: Api; __replyCoach?: CoachModule; __replyCoachEntry?: boolean };
  // Injected twice (a site turned on from the popup, then its registered script on reload): once is enough.
  if (g.__replyCoachEntry) return;
  g.__replyCoachEntry = true;
  // Chrome's MV3 APIs return promises; Firefox has `browser`. Touched only on the first focus of a
  // reply box: creating the extension API bindings is most of what a content script costs a page.
  let api: Api | undefined;
  const ext = () => (api ??= (g.browser?.runtime?.id ? g.browser : g.chrome) as Api);
  let state: 'waiting' | 'starting' | 'started' = 'waiting';
  let watchingSettings = false;

  const stopWatching = () => {
    document.removeEventListener('focusin', onFocus, true);
    document.removeEventListener('input', onFocus, true);
    try {
      if (watchingSettings) ext().storage.onChanged.removeListener(checkFocused);
    } catch {
      /* the extension is gone */
    }
  };

  const start = async () => {
    state = 'starting';
    const api = ext();
    try {
      // With the coach off, a page never loads the engine; it waits to be turned on from the popup.
      if (!switchedOn((await api.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY], pageHost())) {
        if (!watchingSettings) api.storage.onChanged.addListener(checkFocused);
        watchingSettings = true;
        return void (state = 'waiting');
      }
      if (!g.__replyCoach) await import(/* @vite-ignore */ api.runtime.getURL('/coach.js'));
    } catch {
      return stopWatching(); // the extension was reloaded or removed meanwhile
    }
    if (!api.runtime?.id || !g.__replyCoach) return stopWatching();
    state = 'started';
    stopWatching();
    await g.__replyCoach.startCoach();
  };

  function onFocus(e: Event) {
    if (state !== 'waiting') return;
    const box = replyBoxFrom(e.composedPath());
    if (!box || !isEligible(box)) return;
    // After an extension reload this script's APIs are gone: stop quietly, never throw into the page.
    if (!ext().runtime?.id) return stopWatching();
    void start();
  }
  // A box focused before this script ran, or the coach turned on from the popup while one has focus.
  // document.activeElement is only the shadow host when the box is inside an open shadow root.
  function checkFocused() {
    const focused = deepActiveElement();
    if (focused) onFocus({ composedPath: () => [focused] } as unknown as Event);
  }

  document.addEventListener('focusin', onFocus, true);
  // Typing into a box focused before this script ran (no focusin reaches it): input is composed, so
  // its path starts at the box even inside a shadow root.
  document.addEventListener('input', onFocus, true);
  // Reading document.activeElement now would force a style update before the page's first frame;
  // after that frame it is free, and a box focused before this script ran is still found.
  requestAnimationFrame(checkFocused);
});
