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
    { text: 'It is clearly stated in the listing.', spans: ['clearly'], output: "It is stated in the listing." },
    { text: 'Obviously, the item was not damaged when it left.', spans: ['Obviously'], output: "The item was not damaged when it left." },
    { text: 'You obviously did not read the description.', spans: ['obviously'], output: "You did not read the description." },
    { text: 'Clearly you missed the size chart.', spans: ['Clearly'], output: "You missed the size chart." },
    { text: 'Surely you can see the difference.', spans: ['Surely'], output: "You can see the difference." },
  ],
});
