/** Flags apologising again and again across the reply: past two, each "sorry" weakens the first and sounds unsure. */
import { defineDraftRule, entryRegexes } from './rule';
import { APOLOGY, apologySpans } from './checks/apology';

export default defineDraftRule({
  id: 'over-apology-repeated',
  category: 'over-apology',
  severity: 'medium',
  message: 'Apologising again and again sounds unsure and invites bigger demands; keep one sincere apology.',
  patterns: entryRegexes(APOLOGY),
  collect: apologySpans,
  decide(spans, report) {
    if (spans.length < 3) return;
    for (const s of spans.slice(1)) report({ start: s.start, end: s.end });
  },
});
