/** Flags apologising again and again across the reply: past two, each "sorry" weakens the first and sounds unsure. */
import { defineDraftRule } from './rule';
import { entryRegexes } from './lexicon/matcher';
import { APOLOGY, apologySpans } from './checks/apology';

/** "again" and "for the delay" after an apology. */
const APOLOGY_TAIL = /^(?:,?\s+(?:again|once again|once more))?(?:\s+(?:for|about) [^,.;!?]{1,80})?(?:\s*!+)?/i;

export default defineDraftRule({
  id: 'over-apology-repeated',
  category: 'over-apology',
  severity: 'medium',
  message: 'Apologising again and again sounds unsure and invites bigger demands; keep one sincere apology.',
  patterns: [...entryRegexes(APOLOGY), APOLOGY_TAIL],
  collect: (text) =>
    // Each apology with its "again" and "for the delay", so dropping it leaves a whole sentence.
    apologySpans(text).map((s) => {
      const tail = APOLOGY_TAIL.exec(text.slice(s.end));
      return { start: s.start, end: s.end + (tail ? tail[0].length : 0) };
    }),
  decide(spans, report) {
    if (spans.length < 3) return;
    for (const s of spans.slice(1)) report({ start: s.start, end: s.end, replacement: '' });
  },
});
