/** Property tests over hostile input: analyze never throws, keeps offsets in range, is deterministic, and its rewrites keep every fact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, rewriteResult, setRuleErrorHandler } from '../../rules';
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

  // A rewrite that is never offered keeps every fact trivially; so the property also asks that, on fuzzed drafts
  // made of heated English, most rewrites are offered, changed, and never empty.
  it('rewrites keep every fact, and are offered for most heated drafts', () => {
    let heated = 0;
    let offered = 0;
    fc.assert(
      fc.property(draft, (text) => {
        const a = analyze(text, { incoming: 'WHERE IS MY ORDER??? This is ridiculous.' });
        for (const mode of ['calmer', 'firmer'] as const) {
          const r = rewriteResult(a, mode);
          expect(lostFacts(text, r.text)).toEqual([]);
          if (r.offered) {
            expect(r.text).not.toBe(text);
            expect(r.text.trim()).not.toBe('');
          } else expect(r.text).toBe(text);
        }
        if (a.findings.some((f) => f.category !== 'unfinished') && !a.skipped) {
          heated++;
          if (rewriteResult(a, 'calmer').offered) offered++;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(heated).toBeGreaterThan(50);
    expect(offered / heated).toBeGreaterThan(0.8);
  });
});
