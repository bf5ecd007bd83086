/**
 * The learned tone model's sentence-level finding: a sentence the model reads as hostile, where no rule
 * explains it. analyze() drops it when another rule already flags the sentence heat; its reason names the
 * words that weigh most.
 */
import { defineRule } from './rule';
import { explain, scoreSentence } from './model';
import { withoutAcknowledgement } from './checks/acknowledgement';

/**
 * Above this heat a sentence is flagged: only where the model is confident. On real agent replies
 * (twitter-customer-care) 1% of replies have a sentence above 0.55 and 0.5% above 0.63; at 0.8 the model
 * adds no false alarm there, and keeps precision on labelled replies to reviews.
 */
export const HOSTILE_TONE_THRESHOLD = 0.8;

/** Model tokens that make no sense in a reason shown to people. */
const NOT_WORDS = /^(?:<[a-z]+>|[!?.,]+)$/;

export default defineRule({
  id: 'hostile-tone',
  category: 'hostile',
  severity: 'medium',
  message: 'This sentence reads as hostile; say the same thing without the contempt.',
  patterns: [NOT_WORDS],
  check({ text, report, acknowledgement }) {
    // Words naming the customer's feeling are not the writer's heat.
    const own = withoutAcknowledgement(text, acknowledgement());
    const s = scoreSentence(own);
    if (!s || s.heat < HOSTILE_TONE_THRESHOLD) return;
    const words = explain(own, 'heat', 6)
      .map((r) => r.term)
      .filter((t) => !NOT_WORDS.test(t))
      .slice(0, 3);
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().replace(/[.!?…]+$/, '').length;
    if (end <= start) return;
    report({
      start,
      end,
      message: words.length
        ? `This sentence reads as hostile (the words that weigh most: ${words.map((w) => `"${w}"`).join(', ')}); say it without the contempt.`
        : undefined,
      note: 'Learned tone model (rules/model), trained on openly licensed data; see rules/model/NOTICE.md.',
      source: 'rules/model/NOTICE.md',
    });
  },
});
