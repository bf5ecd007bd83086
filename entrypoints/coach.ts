/**
 * The coach itself: sessions, underlines, the card and the engine (compromise and the rules).
 * The content script loads this file on the first focus of an eligible reply box, so a page
 * without one carries only the small entry script.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCoach } from './reply.content/sessions';

export type CoachModule = { startCoach: typeof startCoach };

export default defineUnlistedScript(() => {
  (globalThis as { __replyCoach?: CoachModule }).__replyCoach = { startCoach };
});
