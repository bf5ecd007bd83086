import rule from '../../rules/sarcasm-obviously';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "I'd like to explain clearly what happens next.",
    'You are obviously upset, and I understand why.',
    'The label is clearly visible on the box.',
    'I want to communicate clearly about the delay.',
    'Surely not, let me check that for you.',
  ],
  invalid: [
    { text: 'It is clearly stated in the listing.', spans: ['clearly'] },
    { text: 'Obviously, the item was not damaged when it left.', spans: ['Obviously'] },
    { text: 'You obviously did not read the description.', spans: ['obviously'] },
    { text: 'Clearly you missed the size chart.', spans: ['Clearly'] },
    { text: 'Surely you can see the difference.', spans: ['Surely'] },
  ],
});
