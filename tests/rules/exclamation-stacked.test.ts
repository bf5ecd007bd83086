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
    { text: 'I already sent it!!!', spans: ['!!!'] },
    { text: 'You want a refund?!', spans: ['?!'] },
    { text: 'Did you even read it???', spans: ['???'] },
    { text: 'Stop emailing me!! Seriously!!', spans: ['!!', '!!'] },
    { text: 'Really ‼ That is odd.', spans: ['‼'] },
  ],
});
