import rule from '../../rules/blame-customer-fault';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "That's on us, and I'm sorry.",
    'Your order is on its way.',
    'I did not read your message properly, my mistake.',
    'Next time you order, the discount applies automatically.',
    'The measurements are in the listing, under Details.',
  ],
  invalid: [
    { text: "Sorry, but that's on you.", spans: ["that's on you"], output: "Sorry, but let me explain what happened." },
    { text: 'This was your own fault.', spans: ['This was your own fault'], output: "Let me explain what happened." },
    { text: "You didn't read the description.", spans: ["You didn't read the description"], output: "The description shows the details." },
    { text: 'You clearly failed to follow the instructions.', spans: ['You clearly failed to follow the instructions'], output: "It helps to follow the instructions." },
    { text: 'Next time, read the listing.', spans: ['Next time, read'] },
    { text: "It's user error.", spans: ["It's user error"], output: "Let me explain what happened." },
    { text: 'You ordered the wrong size.', spans: ['You ordered the wrong size'], output: "The order was placed with the wrong size." },
    { text: "It's your responsibility to check the address.", spans: ["It's your responsibility to"], output: "It helps to check the address." },
    { text: 'Please read the description properly.', spans: ['read the description properly'] },
  ],
});
