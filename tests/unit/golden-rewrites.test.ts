/**
 * The golden corpus: flagged drafts written for this project (never copied from ../shared), each with both
 * rewrites reviewed by reading and committed. A change to a rewrite shows up here as a diff to review;
 * after reading the new outputs, `UPDATE_GOLDEN=1 npx vitest run tests/unit/golden-rewrites.test.ts` writes them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, rewriteResult, proseProblems, FIXED, type EngineSettings } from '../../rules';
import { lostFacts } from '../../rules/fixes/facts';

interface GoldenCase {
  id: string;
  incoming: string;
  draft: string;
  settings?: Partial<EngineSettings>;
  calmer?: string;
  firmer?: string;
}

const DIR = resolve(__dirname, '../fixtures/golden');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const cases: [string, GoldenCase][] = files.flatMap((f) => (JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as GoldenCase[]).map((c) => [f, c] as [string, GoldenCase]));
const update = !!process.env.UPDATE_GOLDEN;

const both = (c: GoldenCase) => {
  const a = analyze(c.draft, { incoming: c.incoming, settings: c.settings });
  return { a, calmer: rewriteResult(a, 'calmer'), firmer: rewriteResult(a, 'firmer') };
};

describe('golden rewrites', () => {
  it('has at least 150 drafts, each with a unique id', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map(([, c]) => c.id)).size).toBe(cases.length);
  });

  it.runIf(update)('writes the reviewed outputs (UPDATE_GOLDEN=1)', () => {
    for (const f of files) {
      const list = JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as GoldenCase[];
      for (const c of list) {
        const r = both(c);
        c.calmer = r.calmer.text;
        c.firmer = r.firmer.text;
      }
      writeFileSync(resolve(DIR, f), JSON.stringify(list, null, 2) + '\n');
    }
  });

  describe.runIf(!update).each(cases)('%s', (_file, c) => {
    it(`${c.id}: both rewrites match the reviewed text, read well, fix what they fix and keep every fact`, () => {
      const r = both(c);
      expect(r.a.findings.length + (r.calmer.offered ? 1 : 0)).toBeGreaterThan(0);
      expect(r.calmer.text).toBe(c.calmer);
      expect(r.firmer.text).toBe(c.firmer);
      for (const m of ['calmer', 'firmer'] as const) {
        const out = r[m];
        expect(out.offered, `${m} offered`).toBe(true);
        expect(proseProblems(c.draft, out.text), `${m} prose`).toEqual([]);
        expect(lostFacts(c.draft, out.text), `${m} facts`).toEqual([]);
        const again = analyze(out.text, { incoming: c.incoming, settings: c.settings });
        expect(again.findings.filter((f) => FIXED.includes(f.category)).map((f) => `${f.rule}: ${f.text}`), `${m} re-analysis`).toEqual([]);
        // Idempotent: a rewrite of the rewrite changes nothing.
        expect(rewriteResult(again, m).text, `${m} idempotent`).toBe(out.text);
      }
    });
  });

  it.runIf(!update)('calmer and firmer differ in at least 90% of drafts', () => {
    const differ = cases.filter(([, c]) => c.calmer !== c.firmer).length;
    console.log(`[golden] ${cases.length} drafts; calmer differs from firmer in ${differ} (${((100 * differ) / cases.length).toFixed(1)}%)`);
    expect(differ / cases.length).toBeGreaterThanOrEqual(0.9);
  });
});
