/**
 * Flags words typed in capitals for emphasis ("I ALREADY TOLD YOU", "please do NOT"):
 * online, capitals read as shouting. Acronyms, codes and names keep their capitals.
 */
import { defineRule } from './rule';
import { GAP, TOKEN, UPPER_WORD, shoutedSpans } from './lexicon/shouting';

export default defineRule({
  id: 'caps-shouting',
  category: 'caps',
  severity: 'medium',
  message: 'Words in capitals read as shouting and make the customer defensive; use plain words for emphasis.',
  patterns: [TOKEN, UPPER_WORD, GAP],
  check({ text, ignore, report }) {
    for (const s of shoutedSpans(text, ignore)) report(s);
  },
});
