import rule from '../../rules/hedging-just';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['Your parcel just arrived at the depot.', 'It is just over the 30-day limit.', 'I just sent the tracking link.', 'We just shipped your order.'],
  invalid: [
    { text: 'I just wanted to maybe ask about the return.', spans: ['I just wanted to maybe'], output: "I want to ask about the return." },
    { text: 'Just checking in on your order.', spans: ['Just checking in'], output: "I'm checking in on your order." },
    { text: 'We just wanted to let you know it shipped.', spans: ['We just wanted to'], output: "We want to let you know it shipped." },
    { text: 'Just following up on my last message.', spans: ['Just following up'], output: "I'm following up on my last message." },
  ],
});
