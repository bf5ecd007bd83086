/**
 * Real professional agent replies (25 companies on Twitter) are the false-positive test:
 * the share with any calm-category finding must stay at or below 1%.
 */
import { describe, expect, it } from 'vitest';
import { analyze, CALM_CATEGORIES } from '../../rules';
import { agentReplies, hasTwitterCorpus } from './corpora';

describe.runIf(hasTwitterCorpus)('agent replies from twitter-customer-care.dev.json', () => {
  it('flags at most 1% of real professional replies', () => {
    const replies = agentReplies();
    const byRule: Record<string, number> = {};
    let flagged = 0;
    for (const reply of replies) {
      const calm = analyze(reply).findings.filter((f) => CALM_CATEGORIES.includes(f.category));
      if (calm.length) flagged++;
      for (const f of calm) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    }
    const share = flagged / replies.length;
    console.log(
      `[corpus] agent replies flagged in calm categories: ${flagged}/${replies.length} = ${(share * 100).toFixed(2)}% (bound 1%)`,
      JSON.stringify(byRule),
    );
    expect(replies.length).toBeGreaterThan(500);
    expect(share).toBeLessThanOrEqual(0.01);
  });
});
