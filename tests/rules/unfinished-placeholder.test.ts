import rule from '../../rules/unfinished-placeholder';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Your replacement ships on Friday, and I will send the tracking number then.',
    'Hi {{name}}, your order {{order_id}} is on its way.',
    'See the footnote [1] for the terms.',
    'The code is [A-1234].',
  ],
  invalid: [
    { text: 'Here is what happens next: [what you will do, and when].', spans: ['[what you will do, and when]'] },
    { text: 'Your order [order number] ships today.', spans: ['[order number]'] },
    { text: 'Refund of [amount] to [card ending] today.', spans: ['[amount]', '[card ending]'] },
  ],
});
