/**
 * compromise (the tagger the rules' grammar checks use) as a script of its own: the coach loads it before its
 * first analysis, so the coach chunk and compromise are evaluated as two tasks, not one long one.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import nlp from 'compromise/two';

export default defineUnlistedScript(() => {
  (globalThis as { __replyCoachNlp?: unknown }).__replyCoachNlp = nlp;
});
