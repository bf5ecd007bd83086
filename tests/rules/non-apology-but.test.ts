import rule from '../../rules/non-apology-but';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "I'm sorry for the wait, but you will have your refund today.",
    "We're sorry, however you can still use the voucher next year.",
    "I'm sorry, but we can only refund within 30 days.",
    "I'm sorry for the delay. You should have it by Friday.",
    'Sorry about that, I have fixed it.',
    'Sorry, but you can not transfer a licence to another account.',
    "I'm sorry, but your order is outside the 30-day window.",
  ],
  invalid: [
    { text: "I'm sorry, but you should have read the listing.", spans: ["I'm sorry, but you should"] },
    { text: 'Sorry for the trouble, but your address was wrong.', spans: ['Sorry for the trouble, but your address was wrong'] },
    { text: "We apologise but that's on you.", spans: ["We apologise but that's on you"] },
    { text: "We apologise for the wait, however you booked the wrong dates.", spans: ["We apologise for the wait, however you booked"], fresh: true },
    { text: "Sorry about the noise, but you picked a room above the bar.", spans: ["Sorry about the noise, but you picked"], fresh: true },
    { text: "I'm sorry, but you were warned about the stairs at booking.", spans: ["I'm sorry, but you were warned"], fresh: true },
    { text: "Apologies for the confusion, but the instructions were clear.", spans: ["Apologies for the confusion, but the instructions were clear"], fresh: true },
    { text: "So sorry to hear that, but you disabled the notifications yourself.", spans: ["sorry to hear that, but you disabled"], fresh: true },
    { text: "We are sorry for your experience, but it was your choice to leave early.", spans: ["We are sorry for your experience, but it was your"], fresh: true },
    { text: "My apologies, though you never told reception.", spans: ["apologies, though you never"], fresh: true },
    { text: "Sorry for the hassle, but you signed up with a different email.", spans: ["Sorry for the hassle, but you signed up"], fresh: true },
  ],
});
