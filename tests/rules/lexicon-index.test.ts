/**
 * The shared start index finds exactly what running each lexicon's alternation along the text finds: it
 * only decides where to look, never what matches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../rules';
import { matchLexicon, scanLexicon, sharedLexicons } from '../../rules/lexicon/matcher';
import { matchStarts } from '../../rules/lexicon/prefilter';

const starts = (source: string) => matchStarts(source)?.map((s) => (s.second ? `${s.first} ${s.second}` : s.whole ? `${s.first} _` : s.first)).sort();

describe('where a match can begin', () => {
  it('reads the first two words, through optional and alternative groups', () => {
    expect(starts('(?:our {1,9})?(?:parcel|crate) {1,9}arrived')).toEqual(['crate arrived', 'our crate', 'our parcel', 'parcel arrived']);
    expect(starts('we {1,9}(?:mailed|posted) {1,9}it')).toEqual(['we mailed', 'we posted']);
  });
  it('keeps a prefix when the word goes on uncertainly', () => {
    expect(starts('reimburs(?:e|ed|ing)')).toEqual(['reimburse', 'reimbursed', 'reimbursing']);
    expect(starts('reimburs(?:e|ed|ing)?')).toContain('reimburs');
    expect(starts('colou?r')).toEqual(['colo']);
    expect(starts('shi+p')).toEqual(['shi']);
    expect(starts('x{2}y')).toEqual(['xxy']);
  });
  it("spells the apostrophe class as ', and marks a whole first word", () => {
    expect(starts("(?:they|she)['’]ll")).toEqual(["she'll", "they'll"]);
    expect(starts('kindly {1,9}\\w+')).toEqual(['kindly _']);
  });
  it('falls back to whole first words when the first two make too many ways to begin', () => {
    const many = (n: number, w: string) => `(?:${Array.from({ length: n }, (_, i) => w + 'abcdefghijklmnopqrst'[i]).join('|')})`;
    // 20 first words times 20 second words: 400 pairs, over the limit; the 20 first words are few.
    expect(starts(`${many(20, 'lead')} {1,9}${many(20, 'tail')}`)).toEqual(Array.from({ length: 20 }, (_, i) => `lead${'abcdefghijklmnopqrst'[i]} _`));
    expect(matchStarts(`${many(20, "lead")} {1,9}x|[ab]c`)).toBeNull();
  });
  it('skips lookarounds and word boundaries, which match no text', () => {
    expect(starts('(?=a)ab|\\bcd')).toEqual(['ab', 'cd']);
  });
  it('gives up where a match could begin with anything else', () => {
    for (const source of ['[ab]c', '\\d+ days', '(?:so|very)? late', 'a?bc', '\\w+ ok', '.x', ', {1,4}then', '(?:a|[bc])d']) expect(matchStarts(source), source).toBeNull();
  });
});

describe('the start index against the scan', () => {
  const lexicons = sharedLexicons();
  // Words the lexicons are made of, so generated text is full of near-matches.
  const vocabulary = [...new Set(lexicons.flatMap((l) => l.sources.join(' ').toLowerCase().match(/[a-z]+/g) ?? []))].filter((w) => w.length > 1);
  const glue = fc.constantFrom(' ', ' ', ' ', '  ', ', ', '. ', "'", '’', '\u00a0', '\n', '-', '!? ');
  const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('I', 'We', 'YOU', 'it’s', "don't", '2nd', '90%', 'ſorry', 'Über', '🤷‍♂️', '🙂'));
  const text = fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

  it('indexes nearly every lexicon', () => {
    expect(lexicons.length).toBeGreaterThan(30);
    matchLexicon(lexicons[0], 'warm');
    expect(lexicons.filter((l) => l.starts).length / lexicons.length).toBeGreaterThan(0.9);
  });
  it('finds the same matches on text made of the lexicons’ own words', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const lex of lexicons) {
          const found = matchLexicon(lex, t);
          matched += found.length;
          expect(found).toEqual(scanLexicon(lex, t));
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
    // The generated text does reach the entries: equality over empty results would prove little.
    expect(matched).toBeGreaterThan(200);
  });
  it('finds the same matches in written sentences', () => {
    const sentences = [
      "I'm so sorry, but you should have read the listing before you ordered.",
      'As we already said twice, the courier lost it; that is not our fault.',
      'It’s your responsibility to check the size. We’ve refunded you anyway!!',
      'Please calm down.  Could you simply tell us the order number?',
      'Due to the bank holiday, Royal Mail was slow — nothing we could do.',
      // An emoji some entry begins with, where the context turns the match down: the scan must step past the whole character.
      'No clue how the lid broke 🤷‍♂️ 🤷 honestly.',
    ];
    for (const t of sentences) for (const lex of lexicons) expect(matchLexicon(lex, t)).toEqual(scanLexicon(lex, t));
  });
});
