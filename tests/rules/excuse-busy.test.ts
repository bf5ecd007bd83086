import rule from '../../rules/excuse-busy';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'I have sent the replacement today.',
    'We are a shop that ships worldwide.',
    'Our small business discount is 10%.',
    'The busy season starts in November, so please order early.',
  ],
  invalid: [
    { text: 'We were very busy last week.', spans: ['We were very busy last week'] },
    { text: "We're a small business, so it takes time.", spans: ["We're a small business, so"] },
    { text: "I'm only human.", spans: ["I'm only human"] },
    { text: 'We have been short-staffed lately.', spans: ['We have been short-staffed lately'] },
    { text: "It's been crazy here lately.", spans: ["It's been crazy here lately"] },
    { text: "It's the holiday season, so things are slow.", spans: ["It's the holiday season, so"] },
  ],
});
