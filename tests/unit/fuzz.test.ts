/** Property tests over hostile input: analyze never throws, keeps offsets in range, is deterministic, and its rewrites keep every fact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, rewrites, setRuleErrorHandler } from '../../rules';
import { lostFacts } from '../../rules/fixes/facts';

setRuleErrorHandler((rule, error) => {
  throw new Error(`rule ${rule} threw: ${String(error)}`);
});

const heatedWords = fc.constantFrom(
  'CALM DOWN', '!!!', '?!', 'as I already said,', 'you should have read', "it's not our fault", 'sorry if you feel that way',
  'so so sorry', 'I just wanted to maybe', "we'll do whatever you want", 'the courier lost it', 'obviously', '"', '“', '”', '>', '\n', '\n> ',
  'On Mon, 3 Jun 2024, Jo <j@x.io> wrote:', '-- ', 'Best regards,', '#A-1234', '$45.99', 'https://x.io/a?b=1', '\u200b', '\ud83d', '\udc00', '😡', 'مرحبا',
);
const draft = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(heatedWords, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((xs) => xs.join(' ')),
  fc.array(fc.constantFrom('!', '?', '.', ',', '"', "'", '(', ')', ' ', '\n', '>'), { maxLength: 500 }).map((xs) => xs.join('')),
);

describe('engine under fuzzing', () => {
  it('never throws, keeps offsets in range, and is deterministic', () => {
    fc.assert(
      fc.property(draft, fc.option(draft, { nil: undefined }), (text, incoming) => {
        const a = analyze(text, { incoming });
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
        for (const c of Object.values(a.checks)) if (c.present) expect(c.end!).toBeLessThanOrEqual(text.length);
        expect(JSON.stringify(analyze(text, { incoming }))).toBe(JSON.stringify(a));
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });

  it('rewrites keep every fact', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { calmer, firmer } = rewrites(analyze(text, { incoming: 'WHERE IS MY ORDER??? This is ridiculous.' }));
        expect(lostFacts(text, calmer)).toEqual([]);
        expect(lostFacts(text, firmer)).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
