/**
 * Flags "obviously" and "clearly" used as a jab ("as clearly stated", "obviously you didn't"):
 * they imply the customer missed the obvious. "I'd like to explain clearly" is fine; so is "obviously upset".
 */
import { defineRule } from './rule';
import { FEELING_WORDS } from './lexicon/feelings';

const WORD = /(?<![\p{L}])(?:obviously|clearly|evidently|plainly|surely)(?![\p{L}])/giu;
/** Set phrases that say "you should have known" ("needless to say", "as anyone can see"). */
const PHRASE = /(?<![\p{L}])(?:as (?:anyone|anybody|everyone) (?:can|could|would) (?:see|tell)|needless to (?:say|mention)|it goes (?:without|w\/o) saying(?: that)?|as you (?:surely|must|should|no doubt|of course) (?:know|be aware|have (?:seen|read|noticed)|remember))(?![\p{L}])/giu;
const BEFORE_FEELING = new RegExp(`^,?\\s*(?:very |so |really )?(?:${FEELING_WORDS})`, 'i');
const AFTER_VERB = /(?:explain|explained|explaining|say|said|write|written|see|seen|understand|speak|communicate|state|visible|marked|shown|labell?ed|more|as|be|is|are|was|were)\s*$/i;
const LISTING_STATED = /^\s*(?:stated|states|written|mentioned|described|listed|noted|said|says|explained|indicated|outlined)\b/i;

export default defineRule({
  id: 'sarcasm-obviously',
  category: 'sarcasm',
  severity: 'medium',
  message: '"Obviously" and "clearly" imply the customer missed something plain; state the fact without the jab.',
  patterns: [WORD, PHRASE, BEFORE_FEELING, AFTER_VERB, LISTING_STATED],
  check({ text, clause, report: emit }) {
    // Findings go out in text order, words and set phrases together.
    const found: { start: number; end: number; replacement: string }[] = [];
    const report = (f: { start: number; end: number; replacement: string }) => found.push(f);
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text))) {
      const word = m[0].toLowerCase();
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (BEFORE_FEELING.test(after)) continue;
      if (word === 'surely') {
        // Only the rhetorical "surely you" / "surely anyone can see"; "surely we can help" is fine.
        if (!/^\s*(?:you|anyone|anybody|everyone|any (?:guest|customer|user|buyer))\b/i.test(after)) continue;
      } else if (word === 'clearly' || word === 'evidently' || word === 'plainly') {
        // "explain clearly", "clearly visible": a manner adverb after a verb, not a jab.
        if (AFTER_VERB.test(before) && !LISTING_STATED.test(after)) continue;
        const jab =
          LISTING_STATED.test(after) ||
          /^\s*,/.test(after) ||
          /^\s*(?:you|your|the customer|the buyer)\b/i.test(after) ||
          clause(m.index).match('[(clearly|evidently|plainly)] (#Verb|#Negative)', 0).some((s) => s.start === m!.index);
        if (!jab) continue;
      }
      report({ start: m.index, end: m.index + m[0].length, replacement: '' });
    }
    PHRASE.lastIndex = 0;
    while ((m = PHRASE.exec(text))) report({ start: m.index, end: m.index + m[0].length, replacement: '' });
    for (const f of found.sort((a, b) => a.start - b.start)) emit(f);
  },
});
