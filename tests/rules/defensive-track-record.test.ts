import rule from '../../rules/defensive-track-record';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Other guests had the same leak, and the plumber fixed it Tuesday.",
    "We have thousands of rooms booked for the festival, so please book early.",
    "No one else can access your account data.",
    "We've been working on this bug for two weeks and the fix ships Friday.",
    'We have thousands of products in stock, so a swap is easy.',
    'Our customers can return items within 30 days.',
    "I haven't had a reply from the courier yet.",
    'You are the first to get the new colour.',
  ],
  invalid: [
    { text: 'No-one else encountered that delay.', spans: ['No-one else encountered'], fresh: true },
    { text: 'Most of our diners never complained about the spice.', spans: ['Most of our diners never complained about the'], fresh: true },
    { text: 'Everybody else seemed happy enough with it.', spans: ['Everybody else seemed happy'], fresh: true },
    { text: 'We have thousands of happy customers.', spans: ['We have thousands of happy customers'] },
    { text: "We've never had a complaint before.", spans: ["We've never had a complaint before"] },
    { text: 'No one else has complained about this.', spans: ['No one else has complained'] },
    { text: "You're the only customer who has had a problem.", spans: ["You're the only customer who has had"] },
    { text: 'I have been doing this for 20 years.', spans: ['I have been doing this for 20 years'] },
    { text: 'This has never happened before.', spans: ['This has never happened before'] },
    { text: "We welcome thousands of satisfied guests every year.", spans: ["We welcome thousands of satisfied guests"], fresh: true },
    { text: "The app has over 50,000 happy users.", spans: ["The app has over 50,000 happy users"], fresh: true },
    { text: "Not one other guest has mentioned this.", spans: ["Not one other guest has mentioned"], fresh: true },
    { text: "You are the only guest who found the bed uncomfortable.", spans: ["You are the only guest who found"], fresh: true },
    { text: "In eight years this has not happened once.", spans: ["this has not happened once"], fresh: true },
    { text: "We've run this guesthouse for fifteen years.", spans: ["We've run this guesthouse for fifteen years"], fresh: true },
    { text: "Every other user loves this feature.", spans: ["Every other user loves"], fresh: true },
    { text: "Our returning customers have never had an issue with the sizing.", spans: ["Our returning customers have never had an issue"], fresh: true },
  ],
});
