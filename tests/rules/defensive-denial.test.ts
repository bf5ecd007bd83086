import rule from '../../rules/defensive-denial';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "It's our fault, and I'm sorry. A replacement is on its way.",
    'That is true: the listing says 30 days.',
    "It's not a problem at all, happy to help.",
    'That was our mistake and we have fixed it.',
    'The fault was in our packing, so I have changed how we wrap mugs.',
  ],
  invalid: [
    { text: "It's not our fault the parcel is late.", spans: ["It's not our fault"], output: "The parcel is late." },
    { text: "That's simply not true, we sent it on Monday.", spans: ["That's simply not true"] },
    { text: 'Honestly, not my problem.', spans: ['not my problem'] },
    { text: 'We did nothing wrong here.', spans: ['We did nothing wrong'] },
    { text: "That's not what happened at all.", spans: ["That's not what happened"] },
    { text: 'With all due respect, the item was fine.', spans: ['With all due respect'], output: "The item was fine." },
    { text: 'I don’t see what the problem is.', spans: ['I don’t see what the problem is'], output: "I want to understand the problem." },
    { text: "Don't blame us for the weather.", spans: ["Don't blame us"] },
    { text: 'The item was perfect when it left us.', spans: ['The item was perfect when it left us'], output: "I checked it before it shipped." },
    { text: "I don't know what else you want me to do.", spans: ["I don't know what else you want me to do"], output: "Here is what I can do." },
    { text: "That's not my job.", spans: ["That's not my job"], output: "" },
  ],
});
