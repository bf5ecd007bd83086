/** Flags stacked hedges ("I think possibly", "maybe perhaps", "sort of kind of"): one hedge is caution, two sound unsure of your own facts. */
import { defineRule } from './rule';

const HEDGE = /(?<![\p{L}'’])(?:I (?:think|guess|suppose|believe|feel like)|maybe|perhaps|possibly|probably|sort of|kind of|kinda|sorta|somewhat|a (?:little|bit) (?:bit )?|might|hopefully|I'm not (?:sure|certain)|not sure (?:but|if))(?![\p{L}])/giu;

export default defineRule({
  id: 'hedging-uncertain',
  category: 'hedging',
  severity: 'medium',
  message: 'Stacked hedges make you sound unsure of your own facts; say what you know plainly.',
  patterns: [HEDGE],
  check({ text, match, report }) {
    const hits: { start: number; end: number }[] = [];
    HEDGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HEDGE.exec(text))) {
      const w = m[0].toLowerCase();
      // "what kind of box", "the sort of thing": a noun follows, so it is not a hedge.
      if (/^(?:kind|sort) of$/.test(w)) {
        const ok = match(`[(kind|sort) of] (#Adjective|#Verb|#Adverb)`, 0).some((s) => s.start === m!.index);
        if (!ok) continue;
      }
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    // Two hedges close together; the second must come within eight words of the first.
    for (let i = 0; i + 1 < hits.length; i++) {
      const gap = text.slice(hits[i].end, hits[i + 1].start);
      if (gap.split(/\s+/).filter(Boolean).length <= 8) {
        let j = i + 1;
        while (j + 1 < hits.length && text.slice(hits[j].end, hits[j + 1].start).split(/\s+/).filter(Boolean).length <= 8) j++;
        report({ start: hits[i].start, end: hits[j].end });
        i = j;
      }
    }
  },
});
