/**
 * Flags a placeholder still to fill in ("[what you will do, and when]", "[order number]"): a reply that
 * still holds one is unfinished work, not a clean reply, so the badge never shows it as done.
 */
import { defineRule } from './rule';

/** Lower-case words in square brackets; a link's [1] or a template's {{name}} is not a placeholder. */
const PLACEHOLDER = /\[[a-z][a-z ,'’/-]{0,60}\]/g;

export default defineRule({
  id: 'unfinished-placeholder',
  category: 'unfinished',
  severity: 'high',
  message: 'Fill in the placeholder before sending: the customer would see the brackets.',
  patterns: [PLACEHOLDER],
  check({ text, report }) {
    PLACEHOLDER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER.exec(text))) {
      report({ start: m.index, end: m.index + m[0].length, message: `Fill in: ${m[0].slice(1, -1)}.` });
    }
  },
});
