import rule from '../../rules/sarcasm-rhetorical';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Do you really think so? Happy to help.",
    'What would you like us to do with the spare part?',
    'How can we help you today?',
    'Did you try restarting the router?',
    'What did you expect from the premium plan? Tell us and we will see.',
    'Why did the parcel go to the old address? I am checking with the depot.',
    "Don't you worry, the spare key is at the desk.",
    'How can the deposit be returned faster? By bank transfer, within two days.',
    "If you don't want the newsletter, untick the box in Settings.",
  ],
  invalid: [
    { text: 'Do you seriously believe a hotel would lose a ring on purpose?', spans: ['Do you seriously believe'], fresh: true },
    { text: "Wouldn't you agree a free tool deserves more than one star?", spans: ["Wouldn't you agree"], fresh: true },
    { text: "Don't you want the app to get better for everybody?", spans: ["Don't you want"], fresh: true },
    { text: 'How could seven guests possibly be allowed in a twin room?', spans: ['How could seven guests possibly be allowed'], fresh: true },
    { text: 'How can a tiny shop be expected to ship overnight for free?', spans: ['How can a tiny shop be expected'], fresh: true },
    { text: 'What else could you possibly ask for?', spans: ['What else could you possibly ask for'], fresh: true },
    { text: 'And what exactly were you expecting?', spans: ['what exactly were you expecting'], fresh: true },
    { text: 'How is anyone meant to guess what went wrong?', spans: ['How is anyone meant to guess'], fresh: true },
    { text: 'Which restaurant on earth would cook that for free?', spans: ['Which restaurant on earth would'], fresh: true },
    { text: 'Have you ever bothered to open the help page?', spans: ['Have you ever bothered to open'], fresh: true },
    { text: 'Are you absolutely sure you checked spam?', spans: ['Are you absolutely sure you checked'], fresh: true },
    { text: 'Why should I care?', spans: ['Why should I care'], fresh: true },
    { text: 'Is it really that much to ask?', spans: ['Is it really that much to ask'], fresh: true },
    { text: "Or perhaps you just won't bother reading?", spans: ["Or perhaps you just won't bother"], fresh: true },
    { text: 'If you refuse to say what broke, how do we fix it?', spans: ['If you refuse to say'], fresh: true },
    { text: 'Why did you leave one star for a free planner?', spans: ['Why did you leave'], fresh: true },
    { text: 'If the room was fine, why then you complain here?', spans: ['why then you complain'], fresh: true },
    { text: 'Are you sure you are reviewing the right shop?', spans: ['Are you sure you are reviewing'], fresh: true },
  ],
});
