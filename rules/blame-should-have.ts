/** Flags hindsight blame ("you should have read the size chart"): it makes the customer defend themselves instead of listening. */
import { defineRule } from './rule';

const HINDSIGHT = /(?<![\p{L}])(?:you (?:should|could|ought to|must|might)(?: have|['’]ve)|you should(?:n't| not) have|if you(?:'d| had) (?:only |just |simply )?|had you (?:only |just )?)(?= ?\p{L})/giu;
/** Feelings and expectations ("you must have been worried", "you should have received an email"), not blame. */
const FEELING = /^(?:been|felt|had|seen|heard|noticed|wondered|thought|received|gotten|got|obtained|known)\b/i;

export default defineRule({
  id: 'blame-should-have',
  category: 'blame',
  severity: 'high',
  message: 'Pointing at what the customer should have done makes them defend themselves instead of listening.',
  patterns: [HINDSIGHT, FEELING],
  check({ text, match, report }) {
    HINDSIGHT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HINDSIGHT.exec(text))) {
      const rest = text.slice(m.index + m[0].length).trimStart();
      // "you must have been worried", "if you had any questions": empathy or a plain condition, not blame.
      if (FEELING.test(rest)) continue;
      const head = m.index;
      // The verb after the modal must be a past participle ("read", "checked", "ordered"), judged by compromise.
      const verbs = match('(you|had) (should|could|ought|must|might|#Adverb)? (to|not)? (have|had)? #Adverb? [#PastTense]', 0).filter(
        (v) => v.start >= head + m![0].length - 1 && v.start <= head + m![0].length + 12,
      );
      if (!verbs.length) continue;
      const clauseEnd = text.slice(verbs[0].end).search(/[,.;!?]|\s(?:and|but|so|then)\s|$/);
      report({ start: head, end: verbs[0].end + clauseEnd });
    }
  },
});
