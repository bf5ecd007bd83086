import rule from '../../rules/non-apology-passive';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['I made a mistake with your order, and I am sorry.', 'We made an error in the invoice and have corrected it.', 'A refund was made today.'],
  invalid: [
    { text: 'Mistakes were made.', spans: ['Mistakes were made'], output: "I made a mistake." },
    { text: 'It is regrettable that you feel let down.', spans: ['It is regrettable that you'], output: "I'm sorry that you feel let down." },
    { text: 'We regret any inconvenience.', spans: ['We regret any'], output: "I'm sorry for the inconvenience." },
  ],
});
