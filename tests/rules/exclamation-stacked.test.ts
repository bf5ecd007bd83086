import rule from '../../rules/exclamation-stacked';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Thanks for your order! It ships tomorrow.',
    'Have you tried restarting the app? Let us know!',
    'Great news: it is back in stock!',
    'Is the size right? If not, we can swap it.',
  ],
  invalid: [
    { text: 'I already sent it!!!', spans: ['!!!'], output: "I already sent it!" },
    { text: 'You want a refund?!', spans: ['?!'], output: "You want a refund?" },
    { text: 'Did you even read it???', spans: ['???'], output: "Did you even read it?" },
    { text: 'Stop emailing me!! Seriously!!', spans: ['!!', '!!'], output: "Stop emailing me! Seriously!" },
    { text: 'Really ‼ That is odd.', spans: ['‼'], output: "Really ! That is odd." },
  ],
});
