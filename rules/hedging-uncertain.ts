/** Flags stacked hedges ("I think possibly", "maybe perhaps", "sort of kind of"): one hedge is caution, two sound unsure of your own facts. */
import { defineRule } from './rule';

// Hedges by kind: a tentative "I think", an appearance ("it seems"), a probability adverb, a vagueness ("sort of"), a disclaimer.
const HEDGE =
  /(?<![\p{L}'’])(?:I (?:think|guess|suppose|believe|feel like|reckon|imagine|assume)|I(?:['’]d| would) say|it (?:seems|appears)(?: that| like)?|apparently|presumably|somehow|(?:more|give) or (?:less|take)|to (?:some|a certain) (?:extent|degree)|maybe|perhaps|possibly|probably|likely|sort of|kind of|kinda|sorta|somewhat|a (?:little|bit) (?:bit )?|might|hopefully|I(?:['’]m| am) not (?:entirely |completely |totally |100% )?(?:sure|certain)(?:,? but)?|not sure (?:but|if))(?![\p{L}])/giu;

export default defineRule({
  id: 'hedging-uncertain',
  category: 'hedging',
  severity: 'medium',
  message: 'Stacked hedges make you sound unsure of your own facts; say what you know plainly.',
  patterns: [HEDGE],
  check({ text, clause, report }) {
    const words = (a: number, b: number) => text.slice(a, b).split(/\s+/).filter(Boolean).length;
    const found: { start: number; end: number }[] = [];
    HEDGE.lastIndex = 0;
    for (let m = HEDGE.exec(text); m; m = HEDGE.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
    // "what kind of box", "the sort of thing": a noun follows, so it is not a hedge. Only a "kind of" that
    // could stack with another hedge is worth the parse.
    const near = (k: number) => (k > 0 && words(found[k - 1].end, found[k].start) <= 8) || (k + 1 < found.length && words(found[k].end, found[k + 1].start) <= 8);
    const hits = found.filter((h, k) => {
      if (!/^(?:kind|sort) of$/i.test(text.slice(h.start, h.end))) return true;
      return near(k) && clause(h.start).match(`[(kind|sort) of] (#Adjective|#Verb|#Adverb)`, 0).some((s) => s.start === h.start);
    });
    // Two hedges close together (within eight words) are flagged; each hedge is its own span, and
    // hedges side by side ("I think possibly") are one, so removing them leaves the sentence's words.
    for (let i = 0; i + 1 < hits.length; i++) {
      if (words(hits[i].end, hits[i + 1].start) > 8) continue;
      let j = i + 1;
      while (j + 1 < hits.length && words(hits[j].end, hits[j + 1].start) <= 8) j++;
      let start = hits[i].start;
      for (let k = i; k <= j; k++) {
        if (k < j && /^[\s,]*$/.test(text.slice(hits[k].end, hits[k + 1].start))) continue;
        report({ start, end: hits[k].end, replacement: '' });
        if (k < j) start = hits[k + 1].start;
      }
      i = j;
    }
  },
});
