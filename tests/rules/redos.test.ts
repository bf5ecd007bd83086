/**
 * Every pattern the engine runs is checked for catastrophic (exponential) and polynomial backtracking
 * with recheck. Lookarounds are removed first: that only widens what a pattern matches, so the check
 * stays conservative, and the automaton checker supports no lookarounds.
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { RULES, DRAFT_RULES } from '../../rules';
import { SITUATION_PATTERNS } from '../../rules/situations';
import { CHECK_PATTERNS } from '../../rules/checks';
import { REWRITE_PATTERNS } from '../../rules/rewrite';
import { FACT_PATTERNS, NAME } from '../../rules/fixes/facts';

function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      let j = i;
      for (; j < source.length; j++) {
        const c = source[j];
        if (c === '\\') j++;
        else if (c === '[') {
          for (j++; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
        } else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      i = j;
      continue;
    }
    out += source[i];
    if (source[i] === '\\') out += source[++i] ?? '';
  }
  return out;
}

function verdict(re: RegExp): string {
  const flags = re.flags.replace(/[gy]/g, '');
  const automaton = checkSync(withoutLookarounds(re.source), flags, { checker: 'automaton', timeout: 5000, randomSeed: 20261127 });
  if (automaton.status !== 'unknown') return automaton.status === 'safe' ? 'safe' : `${automaton.status}: ${JSON.stringify(automaton.complexity)}`;
  // Large Unicode classes can exhaust the automaton; fall back to recheck's fuzzer on the real pattern.
  const fuzz = checkSync(re.source, flags, { checker: 'fuzz', timeout: 30_000, randomSeed: 20261127 });
  return fuzz.status === 'safe' ? 'safe' : `${fuzz.status} (fuzz): ${JSON.stringify(fuzz.status === 'vulnerable' ? fuzz.attack.pattern : fuzz.error)}`;
}

const patterns: [string, RegExp][] = [
  ...[...RULES, ...DRAFT_RULES].flatMap((r) => r.patterns.map((p, i) => [`${r.id} #${i}`, p] as [string, RegExp])),
  ...SITUATION_PATTERNS.map((p, i) => [`situations #${i}`, p] as [string, RegExp]),
  ...CHECK_PATTERNS.map((p, i) => [`checks #${i}`, p] as [string, RegExp]),
  ...REWRITE_PATTERNS.map((p, i) => [`rewrite #${i}`, p] as [string, RegExp]),
  ...[...FACT_PATTERNS, NAME].map((p, i) => [`facts #${i}`, p] as [string, RegExp]),
];

describe('no pattern can backtrack catastrophically', { timeout: 120_000 }, () => {
  it('the checker catches known-bad patterns', () => {
    expect(verdict(/(a+)+$/)).toMatch(/vulnerable/);
    expect(verdict(/(?<!x)(\w+\s?)+$/u)).toMatch(/vulnerable/);
    expect(verdict(/you\w*done/iu)).toMatch(/vulnerable/);
  });
  for (const [name, re] of patterns) {
    it(name, () => {
      expect(verdict(re)).toBe('safe');
    });
  }
});
