/** Flags apologising again and again across the reply: past two, each "sorry" weakens the first and sounds unsure. */
import { defineDraftRule } from './rule';
import { entryRegexes } from './lexicon/matcher';
import { APOLOGY, apologySpans } from './checks/apology';

/** "again" and "for the delay" after an apology. */
const APOLOGY_TAIL = /^(?:,?\s+(?:again|once again|once more))?(?:\s+(?:for|about) [^,.;!?]{1,80})?(?:\s*!+)?/i;
/** A bare "Apologies for…", which the apology check leaves to its "my/our apologies". */
const BARE_APOLOGIES = /(?<![\p{L}])apologies(?![\p{L}])/giu;
/** A clause hanging on the apology ("sorry that the bar stayed open", "sorry it took a week"): it goes with it. */
const CLAUSE_AFTER = /^\s+(?!(?:and|but|so|or)\b)[\p{L}]/u;
/** A connective left alone before a dropped apology ("And sorry for…"). */
const LEAD = /(?:^|[.!?]\s+)((?:and|so|also|again,?|once again,?)\s+)$/i;

function apologies(text: string) {
  const spans = apologySpans(text);
  for (const m of text.matchAll(BARE_APOLOGIES)) {
    const s = { start: m.index!, end: m.index! + m[0].length };
    if (!spans.some((o) => o.start < s.end && s.start < o.end)) spans.push(s);
  }
  return spans.sort((a, b) => a.start - b.start);
}

export default defineDraftRule({
  id: 'over-apology-repeated',
  category: 'over-apology',
  severity: 'medium',
  message: 'Apologising again and again sounds unsure and invites bigger demands; keep one sincere apology.',
  patterns: [...entryRegexes(APOLOGY), APOLOGY_TAIL, BARE_APOLOGIES, CLAUSE_AFTER, LEAD],
  collect: (text) =>
    // Each apology with its "again" and "for the delay", so dropping it leaves a whole sentence; an apology
    // with a clause of its own ("sorry it took a week") is dropped with the clause.
    apologies(text).map((s) => {
      const tail = APOLOGY_TAIL.exec(text.slice(s.end));
      let end = s.end + (tail ? tail[0].length : 0);
      if (CLAUSE_AFTER.test(text.slice(end))) end = text.replace(/\s+$/, '').length;
      const lead = LEAD.exec(text.slice(0, s.start));
      return { start: s.start - (lead ? lead[1].length : 0), end };
    }),
  decide(spans, report) {
    if (spans.length < 3) return;
    for (const s of spans.slice(1)) report({ start: s.start, end: s.end, replacement: '' });
  },
});
