/** Flags stacked marks ("!!!", "?!", "???"): they read as shouting or disbelief, however calm the words. */
import { defineRule } from './rule';

const STACK = /(?:[!?‼⁉❗❓❕❔]\s?){2,}|[‼⁉]/gu;

export default defineRule({
  id: 'exclamation-stacked',
  category: 'exclamation',
  severity: 'medium',
  message: 'Stacked marks read as shouting or disbelief; one mark says it calmly.',
  patterns: [STACK],
  check({ text, report }) {
    STACK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STACK.exec(text))) {
      const span = m[0].trimEnd();
      // "that !?" -> "that?": a space before the marks goes with them, so the fix leaves no gap.
      const start = m.index - (/[^\s][ \t\u00a0]{1,4}$/.exec(text.slice(Math.max(0, m.index - 5), m.index))?.[0].length ?? 1) + 1;
      report({ start, end: m.index + span.length, replacement: /[?❓❔⁉]/.test(span) ? '?' : '!' });
    }
  },
});
