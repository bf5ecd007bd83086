/** ESLint-style rule tests: texts a rule must leave clean, and texts with the exact spans it must flag. */
import { describe, expect, it } from 'vitest';
import { analyze, setRuleErrorHandler } from '../../rules';
import type { DraftRule, Rule } from '../../rules/rule';

setRuleErrorHandler((rule, error) => {
  throw new Error(`rule ${rule} threw: ${String(error)}`);
});

export interface InvalidCase {
  text: string;
  /** The exact flagged text of each finding from this rule, in order. */
  spans: string[];
  incoming?: string;
}

export interface RuleCases {
  valid: string[];
  invalid: InvalidCase[];
}

export function testRule(rule: Rule | DraftRule, cases: RuleCases) {
  if (!cases.valid.length || !cases.invalid.length) throw new Error(`${rule.id}: needs both valid and invalid cases`);
  const texts = [...cases.valid, ...cases.invalid.map((c) => c.text)];
  const dup = texts.find((t, i) => texts.indexOf(t) !== i);
  if (dup !== undefined) throw new Error(`${rule.id}: duplicate case ${JSON.stringify(dup)}`);
  for (const c of cases.invalid) {
    if (!c.spans.length) throw new Error(`${rule.id}: invalid case without spans: ${JSON.stringify(c.text)}`);
    for (const s of c.spans) {
      if (!c.text.includes(s)) throw new Error(`${rule.id}: span ${JSON.stringify(s)} is not in ${JSON.stringify(c.text)}`);
    }
  }

  const spansOf = (text: string, incoming?: string) =>
    analyze(text, { incoming, settings: { sensitivity: 'strict' } }).findings.filter((f) => f.rule === rule.id);

  describe(rule.id, () => {
    it('has a one-sentence message', () => {
      expect(rule.message).toMatch(/^[A-Z"“].{20,200}[.!]$/);
    });
    for (const text of cases.valid) {
      it(`leaves clean: ${text.slice(0, 70)}`, () => {
        expect(spansOf(text).map((f) => f.text)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`flags: ${c.text.slice(0, 70)}`, () => {
        const found = spansOf(c.text, c.incoming);
        expect(found.map((f) => f.text)).toEqual(c.spans);
        for (const f of found) {
          expect(c.text.slice(f.start, f.end)).toBe(f.text);
          expect(f.category).toBe(rule.category);
        }
      });
    }
  });
}
