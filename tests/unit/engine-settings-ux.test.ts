/** The engine honours the card's "Never flag this phrase" and says each piece of advice once. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules';

describe('never-flag list', () => {
  it('drops a finding whose text is on the list, words or whole phrase, whatever the case and spacing', () => {
    const draft = 'As I already said, the parcel left on Monday. CALM DOWN please.';
    const rules = (ignoreWords: string[]) => analyze(draft, { settings: { ignoreWords } }).findings.map((f) => f.rule);
    expect(rules([])).toEqual(expect.arrayContaining(['sarcasm-already-said', 'caps-shouting']));
    const without = rules(['as i  already said', 'calm down']);
    expect(without).not.toContain('sarcasm-already-said');
    expect(without).not.toContain('caps-shouting');
  });
  it('never hides an unfinished placeholder', () => {
    expect(analyze('Refund of [amount] sent.', { settings: { ignoreWords: ['[amount]', 'amount'] } }).findings.map((f) => f.category)).toContain('unfinished');
  });
});

describe('advice', () => {
  it('does not repeat a point: the missing acknowledgement stands in for the general "acknowledge" line', () => {
    const a = analyze('The parcel left on Monday.', { incoming: 'WHERE IS MY PARCEL??? This is ridiculous, it never arrived!' });
    expect(a.advice.filter((l) => /acknowledg|naming how they feel/i.test(l))).toHaveLength(1);
    expect(new Set(a.advice).size).toBe(a.advice.length);
  });
});
