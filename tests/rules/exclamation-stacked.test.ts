import rule from '../../rules/exclamation-stacked';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Welcome back! We hope you enjoy the new room.",
    "Really? Let me check that booking.",
    "Version 2.1 is out! Update from the store.",
    'Thanks for your order! It ships tomorrow.',
    'Have you tried restarting the app? Let us know!',
    'Great news: it is back in stock!',
    'Is the size right? If not, we can swap it.',
  ],
  invalid: [
    { text: 'I already sent it!!!', spans: ['!!!'], output: "I already sent it!" },
    { text: 'You want a refund?!', spans: ['?!'], output: "You want a refund?" },
    { text: 'Did you even read it???', spans: ['???'], output: "Did you even read it?" },
    { text: 'Stop emailing me!! Seriously!!', spans: ['!!', '!!'], output: "Stop emailing me! Seriously!" },
    { text: 'Really ‼ That is odd.', spans: [' ‼'], output: 'Really! That is odd.' },
    { text: "We never charge twice!!", spans: ["!!"], output: "We never charge twice!", fresh: true },
    { text: "Did you even open the app??", spans: ["??"], output: "Did you even open the app?", fresh: true },
    { text: "A refund for a stay you completed?!", spans: ["?!"], output: "A refund for a stay you completed?", fresh: true },
    { text: "Thank you so much!!!", spans: ["!!!"], output: "Thank you so much!", fresh: true },
    { text: "Read the description!!!!", spans: ["!!!!"], output: "Read the description!", fresh: true },
    { text: "Why would we do that !?", spans: [" !?"], output: "Why would we do that?", fresh: true },
    { text: "We replied within the hour!!! Please check your spam folder.", spans: ["!!!"], output: "We replied within the hour! Please check your spam folder.", fresh: true },
    { text: "Is that really what happened⁉", spans: ["⁉"], output: "Is that really what happened?", fresh: true },
  ],
});
