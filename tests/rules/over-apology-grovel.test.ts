import rule from '../../rules/over-apology-grovel';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ["I'm so sorry for the delay.", 'Sorry about the mix-up; a new one ships today.', 'We feel strongly about quality.'],
  invalid: [
    { text: "I'm so so sorry about this.", spans: ['so so sorry'], output: "I'm sorry about this." },
    { text: 'Please forgive me for the mistake.', spans: ['Please forgive me'], output: "I'm sorry for the mistake." },
    { text: "I can't apologise enough.", spans: ["I can't apologise enough"], output: "I'm sorry." },
    { text: 'A thousand apologies for the delay.', spans: ['A thousand apologies'], output: "My apologies for the delay." },
    { text: 'I feel terrible about this.', spans: ['I feel terrible about this'], output: "" },
  ],
});
