import rule from '../../rules/hostile-insult';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "That's an absurd delay and I am sorry.",
    "Only a few guests use the lift at night.",
    "People like you help us improve, thank you.",
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
    { text: "Your complaint is frankly childish.", spans: ["Your complaint is frankly childish"], output: "", fresh: true },
    { text: "What a ludicrous review.", spans: ["What a ludicrous review"], output: "", fresh: true },
    { text: "You sound completely clueless.", spans: ["You sound completely clueless"], output: "", fresh: true },
    { text: "Only a fool would book a budget room and expect luxury.", spans: ["Only a fool would"], fresh: true },
    { text: "This review is a pile of nonsense.", spans: ["This review is a pile of nonsense"], output: "", fresh: true },
    { text: "People like you ruin it for everyone.", spans: ["People like you ruin"], fresh: true },
    { text: "Learn some manners before you write again.", spans: ["Learn some manners"], fresh: true },
    { text: "Your expectations are absolutely preposterous.", spans: ["Your expectations are absolutely preposterous"], output: "", fresh: true },
  ],
});
