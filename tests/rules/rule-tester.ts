/**
 * ESLint-style rule tests, one rule at a time: texts the rule must leave clean, and texts with the exact
 * spans it flags and, like ESLint's `output`, the text after its fixes are applied.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../rules';
import { applyFixes } from '../../rules/fixes/apply';
import type { DraftRule, Rule } from '../../rules/rule';
import { sharedRuns } from './fresh';

export interface InvalidCase {
  text: string;
  /** The exact flagged text of each finding from this rule, in order. */
  spans: string[];
  /** The text with the rule's fixes applied. Omitted: the rule must offer no fix here. */
  output?: string;
  /** Written in fresh words: it shares no three-word run with the rule's patterns (checked). */
  fresh?: true;
}

/** Each rule has at least this many fresh invalid cases. */
export const MIN_FRESH = 8;

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

  describe(rule.id, () => {
    it(`has at least ${MIN_FRESH} invalid cases in fresh words`, () => {
      expect(cases.invalid.filter((c) => c.fresh).length).toBeGreaterThanOrEqual(MIN_FRESH);
    });
    it('has a one-sentence message', () => {
      expect(rule.message).toMatch(/^[A-Z"“].{20,200}[.!]$/);
    });
    for (const text of cases.valid) {
      it(`leaves clean: ${text.slice(0, 70)}`, () => {
        expect(ruleFindings(rule, text).map((f) => f.text)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`flags: ${c.text.slice(0, 70)}`, () => {
        const found = ruleFindings(rule, c.text);
        expect(found.map((f) => f.text)).toEqual(c.spans);
        for (const f of found) {
          expect(c.text.slice(f.start, f.end)).toBe(f.text);
          expect(f.category).toBe(rule.category);
        }
        if (c.output === undefined) expect(found.filter((f) => f.replacement !== undefined).map((f) => f.text)).toEqual([]);
        else expect(applyFixes(c.text, found)).toBe(c.output);
        if (c.fresh) expect(sharedRuns(c.text, rule.patterns)).toEqual([]);
      });
    }
  });
}
