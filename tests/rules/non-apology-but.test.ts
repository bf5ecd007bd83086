import rule from '../../rules/non-apology-but';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "I'm sorry, but we can only refund within 30 days.",
    "I'm sorry for the delay. You should have it by Friday.",
    'Sorry about that, I have fixed it.',
    'Sorry, but you can not transfer a licence to another account.',
    "I'm sorry, but your order is outside the 30-day window.",
  ],
  invalid: [
    { text: "I'm sorry, but you should have read the listing.", spans: ["I'm sorry, but you should"] },
    { text: 'Sorry for the trouble, but your address was wrong.', spans: ['Sorry for the trouble, but your address was wrong'] },
    { text: "We apologise but that's on you.", spans: ["We apologise but that's on you"] },
  ],
});
