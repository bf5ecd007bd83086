/** Keeps the registry, the rule files and their tests in step. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, DRAFT_RULES, CATEGORIES } from '../../rules';

const RULES_DIR = resolve(__dirname, '../../rules');
/** Engine modules in rules/ that are not rules. */
const INFRASTRUCTURE = new Set(['index', 'types', 'rule', 'nlp', 'text', 'settings', 'situations', 'rewrite', 'diff', 'tone']);
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !INFRASTRUCTURE.has(f));
const registered = [...RULES, ...DRAFT_RULES];

describe('rule registry', () => {
  it('registers every rule file, and nothing else', () => {
    expect(registered.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('keeps sentence rules sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  for (const rule of registered) {
    describe(rule.id, () => {
      it('is exported from the file named after its id', async () => {
        const mod = await import(`../../rules/${rule.id}.ts`);
        expect(mod.default).toBe(rule);
      });
      it('has a known category and a message', () => {
        expect(CATEGORIES).toContain(rule.category);
        expect(rule.message.length).toBeGreaterThan(20);
      });
      it('has its own test file that runs its cases', () => {
        const test = resolve(__dirname, `${rule.id}.test.ts`);
        expect(existsSync(test)).toBe(true);
        const src = readFileSync(test, 'utf8');
        expect(src).toContain(`rules/${rule.id}'`);
        expect(src).toContain('testRule(rule,');
      });
    });
  }

  it('covers every category', () => {
    expect(new Set(registered.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });
});

describe('the rule tester', () => {
  it('refuses a rule without valid or invalid cases, duplicates, and spans outside the text', async () => {
    const { testRule } = await import('./rule-tester');
    const rule = RULES[0];
    expect(() => testRule(rule, { valid: [], invalid: [{ text: 'a', spans: ['a'] }] })).toThrow(/both valid and invalid/);
    expect(() => testRule(rule, { valid: ['x'], invalid: [] })).toThrow(/both valid and invalid/);
    expect(() => testRule(rule, { valid: ['x', 'x'], invalid: [{ text: 'a', spans: ['a'] }] })).toThrow(/duplicate/);
    expect(() => testRule(rule, { valid: ['x'], invalid: [{ text: 'abc', spans: ['zzz'] }] })).toThrow(/not in/);
  });
});
