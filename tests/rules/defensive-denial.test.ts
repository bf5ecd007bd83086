import rule from '../../rules/defensive-denial';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "We made a mistake with your booking, and I am sorry.",
    "The app works fine on Android 14 after the update, so please update.",
    "Our staff should have helped you, and I have spoken to them.",
    "That is correct: breakfast is served until 10.",
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
    { text: "Your review is simply inaccurate.", spans: ["Your review is simply inaccurate"], fresh: true },
    { text: "What you describe never happened at our hotel.", spans: ["What you describe never happened"], fresh: true },
    { text: "The app is working perfectly fine on our end.", spans: ["The app is working perfectly fine on our end"], fresh: true },
    { text: "This is not a bug in our app.", spans: ["This is not a bug"], fresh: true },
    { text: "We are in no way responsible for the noise from the street.", spans: ["We are in no way responsible"], fresh: true },
    { text: "Our staff did nothing wrong during your stay.", spans: ["Our staff did nothing wrong"], fresh: true },
    { text: "The room was spotless when you checked in.", spans: ["The room was spotless when you checked in"], fresh: true },
    { text: "We followed the procedure to the letter.", spans: ["We followed the procedure to the letter"], fresh: true },
  ],
});
