import rule from '../../rules/hedging-uncertain';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'What kind of phone do you have?',
    'Maybe the colour looks different on your screen.',
    'It will probably arrive on Tuesday.',
    'That sort of thing happens rarely.',
  ],
  invalid: [
    { text: 'I think possibly the parcel is delayed.', spans: ['I think possibly'], output: "The parcel is delayed." },
    { text: 'Maybe we could perhaps offer a discount.', spans: ['Maybe', 'perhaps'], output: "We could offer a discount." },
    { text: "I guess it's kind of late, I'm not sure.", spans: ['I guess', 'kind of', "I'm not sure"], output: "It's late." },
  ],
});
