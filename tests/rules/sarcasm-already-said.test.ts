import rule from '../../rules/sarcasm-already-said';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "As mentioned in the listing, parking is free for guests.",
    "Once the room is ready, we will text you.",
    "As our manager said on the phone, the refund is on its way.",
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
    { text: "As we have pointed out twice now, the pool closes at ten.", spans: ["As we have pointed out twice now,"], output: "The pool closes at ten.", fresh: true },
    { text: "As was explained in my previous reply, the deposit is refundable.", spans: ["As was explained in my previous reply,"], output: "The deposit is refundable.", fresh: true },
    { text: "Once more: the app does not store card details.", spans: ["Once more:"], output: "The app does not store card details.", fresh: true },
    { text: "I have now explained this three times.", spans: ["I have now explained this three times"], output: "", fresh: true },
    { text: "Like we told you on the phone, the room was upgraded.", spans: ["Like we told you on the phone,"], output: "The room was upgraded.", fresh: true },
    { text: "How many times must we repeat that refunds take five days?", spans: ["How many times must we repeat that"], fresh: true },
    { text: "To repeat myself, the app works offline.", spans: ["To repeat myself,"], output: "The app works offline.", fresh: true },
    { text: "As our reply last week already said, breakfast ends at ten.", spans: ["As our reply last week already said,"], output: "Breakfast ends at ten.", fresh: true },
  ],
});
