import rule from '../../rules/hedging-pushover';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Let us know which date you prefer for the visit.",
    "You can choose any room type on the booking page.",
    'Let me know what size you want.', 'You can choose whatever colour you like from the listing.', 'We will do everything we can to get it there by Friday.'],
  invalid: [
    { text: "We'll do whatever you want.", spans: ["We'll do whatever you want"], output: "Here is what I can offer: [the option your policy allows]." },
    { text: "I'll do anything to make this right.", spans: ["I'll do anything to make this right"], output: "Here is what I can offer: [the option your policy allows]." },
    { text: 'Just tell me what would make you happy.', spans: ['Just tell me what would make you happy'], output: "Here is what I can offer: [the option your policy allows]." },
    { text: "I'll fix it, whatever it takes.", spans: ['whatever it takes'] },
    { text: "Tell us what compensation you'd like and we'll arrange it.", spans: ["Tell us what compensation you'd like"], fresh: true },
    { text: "Name any amount and we will pay it.", spans: ["Name any amount"], fresh: true },
    { text: "We are willing to do whatever you ask.", spans: ["We are willing to do whatever you ask"], output: "Here is what I can offer: [the option your policy allows].", fresh: true },
    { text: "Whatever you decide is fine with us.", spans: ["Whatever you decide is fine with us"], fresh: true },
    { text: "You set the terms, we will follow.", spans: ["You set the terms"], fresh: true },
    { text: "I will give you whatever refund you think is fair.", spans: ["give you whatever refund you think is fair"], fresh: true },
    { text: "It's entirely your call what we do next.", spans: ["It's entirely your call what we"], fresh: true },
    { text: "Anything you need, it's yours.", spans: ["Anything you need, it's yours"], fresh: true },
  ],
});
