import rule from '../../rules/hedging-just';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "The update just went live.",
    "Your refund just came through.",
    "Just ask at reception and we will bring an extra pillow.",
    'Your parcel just arrived at the depot.', 'It is just over the 30-day limit.', 'I just sent the tracking link.', 'We just shipped your order.'],
  invalid: [
    { text: 'I just wanted to maybe ask about the return.', spans: ['I just wanted to maybe'], output: "I want to ask about the return." },
    { text: 'Just checking in on your order.', spans: ['Just checking in'], output: "I'm checking in on your order." },
    { text: 'We just wanted to let you know it shipped.', spans: ['We just wanted to'], output: "We want to let you know it shipped." },
    { text: 'Just following up on my last message.', spans: ['Just following up'], output: "I'm following up on my last message." },
    { text: "I'm just writing to say the room is ready.", spans: ["I'm just writing"], output: "I'm writing to say the room is ready.", fresh: true },
    { text: "Just to let you know, the pool reopens on Friday.", spans: ["Just to let you know,"], output: "The pool reopens on Friday.", fresh: true },
    { text: "I'd just like to check the dates with you.", spans: ["I'd just like"], output: "I'd like to check the dates with you.", fresh: true },
    { text: "We just hoped you might reconsider your rating.", spans: ["We just hoped"], output: "We hope you might reconsider your rating.", fresh: true },
    { text: "Just a heads-up that breakfast moves to 8am tomorrow.", spans: ["Just a heads-up"], output: "A heads-up that breakfast moves to 8am tomorrow.", fresh: true },
    { text: "Just wondering whether the replacement arrived.", spans: ["Just wondering"], output: "I'm wondering whether the replacement arrived.", fresh: true },
    { text: "We were just hoping to hear how the new version works for you.", spans: ["We were just hoping to"], output: "We hope to hear how the new version works for you.", fresh: true },
    { text: "I only wanted to ask if the heater is working now.", spans: ["I only wanted to"], output: "I want to ask if the heater is working now.", fresh: true },
  ],
});
