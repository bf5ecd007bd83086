import { describe, expect, it, vi } from 'vitest';
import { createCardStore, findingKey, shownFindings } from '../../entrypoints/coach/card-store';
import { withFix } from '../../entrypoints/coach/card-actions';
import { dedupeAdvice } from '../../components/advice';
import { analyze } from '../../rules';
import type { Finding } from '../../rules/types';

const finding = (over: Partial<Finding>): Finding => ({ category: 'caps', rule: 'caps-shouting', start: 0, end: 3, text: 'NOT', severity: 'medium', message: 'm', ...over });

describe('the card store', () => {
  it('tells subscribers about a change, and only about a change', () => {
    const store = createCardStore();
    const fn = vi.fn();
    const off = store.subscribe(fn);
    store.set({ panel: true });
    store.set({ panel: true });
    expect(fn).toHaveBeenCalledTimes(1);
    expect(store.get().panel).toBe(true);
    off();
    store.set({ panel: false });
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('shown findings', () => {
  const a = finding({ text: 'NOT' });
  const b = finding({ rule: 'sarcasm-already-said', category: 'sarcasm', start: 10, end: 28, text: 'As I already said,' });
  it('leave out a finding dismissed in this draft, wherever it has moved to', () => {
    const moved = { ...b, start: 40, end: 58 };
    expect(shownFindings([a, moved], new Set([findingKey(b)]), [])).toEqual([a]);
  });
  it('leave out never-flagged phrases, multi-word ones too, whatever their case', () => {
    expect(shownFindings([a, b], new Set(), ['as i already said,', ' not '])).toEqual([]);
    expect(shownFindings([a, b], new Set(), ['already'])).toEqual([a, b]);
  });
});

describe("a finding's own fix", () => {
  it('changes only its span', () => {
    const text = 'Thanks. It is NOT lost, it ships today.';
    const f = analyze(text).findings.find((x) => x.text === 'NOT')!;
    expect(f.replacement).toBe('not');
    expect(withFix(text, f)).toBe('Thanks. It is not lost, it ships today.');
  });
  it('refuses when the box no longer holds the finding where it was', () => {
    const f = finding({ start: 14, end: 17, text: 'NOT', replacement: 'not' });
    expect(withFix('Thanks. It is lost.', f)).toBeUndefined();
    expect(withFix('Thanks. It is NOT lost.', { ...f, replacement: undefined })).toBeUndefined();
  });
});

describe('advice', () => {
  it('says each thing once: the specific advice stays, the general one saying the same goes', () => {
    const advice = [
      'The customer is upset and the reply does not acknowledge it yet: open by naming how they feel.',
      'Say what happens next, and when.',
      'Acknowledge the feeling first ("I can see how frustrating this is"), then respond.',
      'Own it: no excuses or finger-pointing. Say what you will do, and when.',
      'Explain clearly and concisely, in short steps.',
    ];
    expect(dedupeAdvice(advice)).toEqual([advice[0], advice[1], advice[4]]);
    expect(dedupeAdvice(['Same.', 'Same.'])).toEqual(['Same.']);
  });
  it('keeps the engine\'s advice for an angry customer to one line about feelings', () => {
    const a = analyze('You should have read the listing.', { incoming: 'This is ridiculous!!! I am so angry, where is my order???' });
    const shown = dedupeAdvice(a.advice);
    expect(shown.filter((x) => /feel/i.test(x)).length).toBeLessThanOrEqual(1);
  });
});
