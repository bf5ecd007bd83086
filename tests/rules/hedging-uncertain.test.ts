import rule from '../../rules/hedging-uncertain';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "It seems the router restarted overnight; I have reset it.",
    "Apparently the parcel is in Leeds, so it should arrive Monday.",
    'What kind of phone do you have?',
    'Maybe the colour looks different on your screen.',
    'It will probably arrive on Tuesday.',
    'That sort of thing happens rarely.',
  ],
  invalid: [
    { text: 'I think possibly the parcel is delayed.', spans: ['I think possibly'], output: "The parcel is delayed." },
    { text: 'Maybe we could perhaps offer a discount.', spans: ['Maybe', 'perhaps'], output: "We could offer a discount." },
    { text: "I guess it's kind of late, I'm not sure.", spans: ['I guess', 'kind of', "I'm not sure"], output: "It's late." },
    { text: "I reckon the lift is perhaps fixed by now.", spans: ["I reckon", "perhaps"], output: "The lift is fixed by now.", fresh: true },
    { text: "It seems the sync is probably stuck on old data.", spans: ["It seems", "probably"], output: "The sync is stuck on old data.", fresh: true },
    { text: "Apparently the booking was somehow duplicated.", spans: ["Apparently", "somehow"], output: "The booking was duplicated.", fresh: true },
    { text: "Presumably the charge will more or less match the quote.", spans: ["Presumably", "more or less"], output: "The charge will match the quote.", fresh: true },
    { text: "I'm not entirely sure, but I think the pool opens at nine.", spans: ["I'm not entirely sure, but I think"], output: "The pool opens at nine.", fresh: true },
    { text: "The heater is sort of warm, I'd say.", spans: ["sort of", "I'd say"], output: "The heater is warm.", fresh: true },
    { text: "To some extent the noise is perhaps unavoidable.", spans: ["To some extent", "perhaps"], output: "The noise is unavoidable.", fresh: true },
    { text: "I assume the card was possibly declined.", spans: ["I assume", "possibly"], output: "The card was declined.", fresh: true },
    { text: "It appears the app is kinda slow on older phones.", spans: ["It appears", "kinda"], output: "The app is slow on older phones.", fresh: true },
  ],
});
