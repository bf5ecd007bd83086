import rule from '../../rules/non-apology-conditional';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "I'm sorry for the delay.",
    'Sorry to hear the lid arrived cracked.',
    "I'm sorry we got your order wrong.",
    'We apologise for the mix-up with your size.',
    'I understand you feel let down, and you are right to.',
  ],
  invalid: [
    { text: "I'm sorry if you feel that way.", spans: ["I'm sorry if you feel that way"], output: "I'm sorry for the frustration this has caused." },
    { text: "We're sorry you feel that way about our service.", spans: ["We're sorry you feel that way about our service"], output: "I'm sorry for the frustration this has caused." },
    { text: 'Sorry if you were offended.', spans: ['Sorry if you were offended'], output: "I'm sorry for the frustration this has caused." },
    { text: 'I apologise if my email came across as rude.', spans: ['I apologise if my email came across as rude'], output: "I'm sorry for the trouble this caused." },
    { text: 'Sorry for any inconvenience this may have caused.', spans: ['Sorry for any inconvenience this may have caused'], output: "I'm sorry for the trouble this caused." },
  ],
});
