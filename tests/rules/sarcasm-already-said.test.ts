import rule from '../../rules/sarcasm-already-said';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Thanks for your patience while we sorted this out.',
    "I'd like to explain clearly what happens next.",
    'As you mentioned, the lid was cracked.',
    'I said I would update you by Friday, and here it is.',
    'This is the second parcel in the order.',
    'It is simple to return: print the label and drop it off.',
    'We tried again, and it worked.',
  ],
  invalid: [
    { text: 'As I already said, the refund was sent.', spans: ['As I already said,'], output: "The refund was sent." },
    { text: 'Per my last email, returns take 5 days.', spans: ['Per my last email,'], output: "Returns take 5 days." },
    { text: 'For the third time, the item is not faulty.', spans: ['For the third time,'], output: "The item is not faulty." },
    { text: 'As clearly stated in the listing, it is blue.', spans: ['As clearly stated in the listing,'], output: "It is blue." },
    { text: 'Like I said before, we ship on Mondays.', spans: ['Like I said before,'], output: "We ship on Mondays." },
    { text: "I've told you this twice already.", spans: ["I've told you this twice already"], output: "" },
    { text: 'Again, the item is not faulty.', spans: ['Again,'], output: "The item is not faulty." },
    { text: "It's really not that hard.", spans: ["It's really not that hard"], output: "" },
    { text: 'I already told you it shipped.', spans: ['I already told you'], output: "It shipped." },
  ],
});
