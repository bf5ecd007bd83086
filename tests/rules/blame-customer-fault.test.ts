import rule from '../../rules/blame-customer-fault';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "If you didn't read the email, here it is again.",
    "I understand you didn't see the notice because it went to spam.",
    "If the booking was made with the wrong dates, I can change them for you today.",
    "The mistake was ours, and the refund is on its way.",
    "It's up to you whether you keep the room or move to a quieter one.",
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
    { text: "Honestly, the mix-up is entirely your own doing.", spans: ["the mix-up is entirely your own doing"], output: "Honestly, let me explain what happened.", fresh: true },
    { text: "The booking error was yours, not ours.", spans: ["The booking error was yours"], fresh: true },
    { text: "You're the person who picked the non-refundable rate.", spans: ["You're the person who picked"], fresh: true },
    { text: "You never bothered to open the welcome email.", spans: ["You never bothered to open the welcome email"], output: "The welcome email has the details.", fresh: true },
    { text: "You skimmed the room description and missed the part about stairs.", spans: ["You skimmed the room description"], fresh: true },
    { text: "You typed an incorrect email address at sign-up.", spans: ["You typed an incorrect email address"], fresh: true },
    { text: "That was down to you.", spans: ["That was down to you"], output: "Let me explain what happened.", fresh: true },
    { text: "If the bed was too small, the blame lies with you.", spans: ["the blame lies with you"], fresh: true },
    { text: "It was your duty to read the house rules.", spans: ["It was your duty to"], output: "It helps to read the house rules.", fresh: true },
    { text: "You clearly didn't go through the setup steps.", spans: ["You clearly didn't go through"], fresh: true },
  ],
});
