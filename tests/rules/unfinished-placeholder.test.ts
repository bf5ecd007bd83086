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
    { text: 'Dear [customer name], thanks for waiting.', spans: ['[customer name]'], fresh: true },
    { text: 'Your parcel left on [date] with [carrier].', spans: ['[date]', '[carrier]'], fresh: true },
    { text: 'Please reply to [support email address].', spans: ['[support email address]'], fresh: true },
    { text: 'The voucher code is [insert code here].', spans: ['[insert code here]'], fresh: true },
    { text: 'We have refunded [x] pounds.', spans: ['[x]'], fresh: true },
    { text: 'Our returns window is [n] days, as the policy says.', spans: ['[n]'], fresh: true },
    { text: "I'll call you on [day/time] to sort it out.", spans: ['[day/time]'], fresh: true },
    { text: 'Your new tracking link: [paste link].', spans: ['[paste link]'], fresh: true },
  ],
});
