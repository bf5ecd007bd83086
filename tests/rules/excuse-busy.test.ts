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
    { text: 'We were very busy last week.', spans: ['We were very busy last week'], output: "" },
    { text: "We're a small business, so it takes time.", spans: ["We're a small business, so"], output: "It takes time." },
    { text: "I'm only human.", spans: ["I'm only human"], output: "" },
    { text: 'We have been short-staffed lately.', spans: ['We have been short-staffed lately'], output: "" },
    { text: "It's been crazy here lately.", spans: ["It's been crazy here lately"], output: "" },
    { text: "It's the holiday season, so things are slow.", spans: ["It's the holiday season, so"], output: "Things are slow." },
  ],
});
