import rule from '../../rules/defensive-track-record';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'We have thousands of products in stock, so a swap is easy.',
    'Our customers can return items within 30 days.',
    "I haven't had a reply from the courier yet.",
    'You are the first to get the new colour.',
  ],
  invalid: [
    { text: 'We have thousands of happy customers.', spans: ['We have thousands of happy customers'] },
    { text: "We've never had a complaint before.", spans: ["We've never had a complaint before"] },
    { text: 'No one else has complained about this.', spans: ['No one else has complained'] },
    { text: "You're the only customer who has had a problem.", spans: ["You're the only customer who has had"] },
    { text: 'I have been doing this for 20 years.', spans: ['I have been doing this for 20 years'] },
    { text: 'This has never happened before.', spans: ['This has never happened before'] },
  ],
});
