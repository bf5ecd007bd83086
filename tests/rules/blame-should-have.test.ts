import rule from '../../rules/blame-should-have';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'You must have been so worried when it did not arrive.',
    'If you had any questions, I am happy to help.',
    'You should have it by Friday.',
    'You should receive the refund within 5 days.',
    'You could have a replacement or a refund, whichever you prefer.',
    'I should have checked the address before posting it.',
    'You must have felt let down.',
    "You should've received an email with the tracking number.",
  ],
  invalid: [
    { text: 'You should have read the size chart before ordering.', spans: ['You should have read the size chart before ordering'], output: "The size chart lists the exact measurements." },
    { text: 'If you had checked the listing, you would know.', spans: ['If you had checked the listing, you would know'], output: "The listing shows the details." },
    { text: 'you must have dropped it', spans: ['you must have dropped it'], output: "I want to find out what happened" },
    { text: 'You could’ve measured the window first.', spans: ['You could’ve measured the window first'], output: "It helps to measure the window first." },
    { text: 'Had you followed the instructions, it would work.', spans: ['Had you followed the instructions, it would work'], output: "It helps to follow the instructions." },
  ],
});
