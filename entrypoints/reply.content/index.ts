import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CoachModule } from '../coach';
import { coachSwitchedOn, watchSettings } from '../../utils/settings';
import { isEligible, replyBoxFrom } from './eligibility';
import { COACH_MATCHES, pageHost, siteFor } from './sites';

export default defineContentScript({
  matches: COACH_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const host = pageHost();
    let started = false;
    let starting = false;
    // After an extension reload the old script's runtime is gone: stay silent, never throw into the page.
    const send = (message: object) => {
      if (!ctx.isValid) return;
      try {
        void browser.runtime.sendMessage(message).catch(() => {});
      } catch {
        /* context invalidated */
      }
    };
    const start = async () => {
      starting = true;
      const g = globalThis as { __replyCoach?: CoachModule };
      try {
        // The switch is read before the engine loads: with the coach off, a page carries only this script.
        if (!(await coachSwitchedOn(host))) return;
        if (!g.__replyCoach) await import(/* @vite-ignore */ browser.runtime.getURL('/coach.js'));
      } catch {
        return; // the extension was reloaded or removed meanwhile
      } finally {
        starting = false;
      }
      if (!ctx.isValid || !g.__replyCoach || started) return;
      started = true;
      unwatch();
      await g.__replyCoach.startCoach(ctx, siteFor(location.href), host, {
        count: (count) => send({ type: 'analysis/count', count }),
        focus: () => send({ type: 'box/focus' }),
      });
    };
    const onFocus = (e: Event) => {
      const box = replyBoxFrom(e.composedPath());
      if (!started && !starting && box && isEligible(box)) void start();
    };
    const checkFocused = () => {
      const focused = document.activeElement;
      if (focused) onFocus({ composedPath: () => [focused] } as unknown as Event);
    };
    ctx.addEventListener(document, 'focusin', onFocus, { capture: true });
    // Turned on from the popup while a box has focus: start without waiting for the next focus.
    const unwatch = watchSettings(checkFocused);
    ctx.onInvalidated(unwatch);
    checkFocused();
  },
});
