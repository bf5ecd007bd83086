/** Customer messages from real customer-care conversations exercise situation detection. */
import { describe, expect, it } from 'vitest';
import { detectSituations, SITUATIONS } from '../../rules';
import { customerMessages, hasTwitterCorpus } from './corpora';

describe.runIf(hasTwitterCorpus)('situations in real customer messages', () => {
  it('prints how many read as each situation', () => {
    const messages = customerMessages();
    const counts = Object.fromEntries(SITUATIONS.map((s) => [s, 0])) as Record<string, number>;
    for (const m of messages) for (const s of detectSituations(m)) counts[s]++;
    console.log(`[corpus] ${messages.length} customer messages:`, JSON.stringify(counts));
    expect(counts.problem).toBeGreaterThan(messages.length * 0.2);
    expect(counts.angry).toBeGreaterThan(0);
    expect(counts.confused).toBeGreaterThan(0);
    expect(counts.dishonest).toBe(0);
  });

  // Spot checks, written in the style of the corpus's customer messages.
  it.each([
    ['@Support my mic and speaker won’t work during calls, please help', ['problem']],
    ['@Support how do I change the email on my account?', ['confused']],
    ['@Support I have been charged twice for the same order!!! This is unacceptable', ['angry', 'problem']],
    ['@Support Thanks, that fixed it!', []],
    // A can-I question about what policy allows reads as confused too (tests/corpus/labels/SITUATIONS.md conventions).
    ['@Support can I get a refund? the app keeps crashing', ['confused', 'problem']],
  ])('%s', (message, expected) => {
    expect(detectSituations(message)).toEqual(expected);
  });
});
