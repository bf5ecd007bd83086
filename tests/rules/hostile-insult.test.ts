import rule from '../../rules/hostile-insult';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'I understand this is frustrating.',
    'I know, that is ridiculous, and I am sorry it took so long.',
    'We tested the mug for cracks.',
    'Here is the link to the return form.',
  ],
  invalid: [
    { text: "That's ridiculous, we never said that.", spans: ["That's ridiculous"], output: "I understand, we never said that." },
    { text: 'Your demand is absurd.', spans: ['Your demand is absurd'], output: "" },
    { text: 'What a stupid question.', spans: ['What a stupid question'], output: "" },
    { text: "You're being unreasonable.", spans: ["You're being unreasonable"], output: "" },
    { text: 'This is bullshit.', spans: ['This is bullshit'], output: "I understand." },
    { text: 'What the fuck do you want?', spans: ['fuck'] },
  ],
});
