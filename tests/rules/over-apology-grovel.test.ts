import rule from '../../rules/over-apology-grovel';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "We are truly sorry about the leak; a plumber comes at nine.",
    "Please accept this voucher for your next stay.",
    "I'm so sorry for the delay.", 'Sorry about the mix-up; a new one ships today.', 'We feel strongly about quality.'],
  invalid: [
    { text: "I'm so so sorry about this.", spans: ['so so sorry'], output: "I'm sorry about this." },
    { text: 'Please forgive me for the mistake.', spans: ['Please forgive me'], output: "I'm sorry for the mistake." },
    { text: "I can't apologise enough.", spans: ["I can't apologise enough"], output: "I'm sorry." },
    { text: 'A thousand apologies for the delay.', spans: ['A thousand apologies'], output: "My apologies for the delay." },
    { text: 'I feel terrible about this.', spans: ['I feel terrible about this'], output: "" },
    { text: "We are truly, deeply sorry.", spans: ["truly, deeply sorry"], output: "We are sorry.", fresh: true },
    { text: "I am begging you to forgive us.", spans: ["I am begging you to forgive us"], output: "I'm sorry.", fresh: true },
    { text: "We are so embarrassed and ashamed.", spans: ["We are so embarrassed and ashamed"], output: "", fresh: true },
    { text: "No words can express how sorry we are.", spans: ["No words can express how sorry we are"], output: "I'm sorry.", fresh: true },
    { text: "We feel absolutely awful about it.", spans: ["We feel absolutely awful about it"], output: "", fresh: true },
    { text: "Please, please accept our apologies.", spans: ["Please, please"], output: "Please accept our apologies.", fresh: true },
    { text: "We are sorry, so very sorry.", spans: ["sorry, so very sorry"], output: "We are sorry.", fresh: true },
    { text: "We will never forgive ourselves for this.", spans: ["We will never forgive ourselves for this"], output: "", fresh: true },
    { text: "I cannot say sorry enough times.", spans: ["I cannot say sorry enough times"], output: "I'm sorry.", fresh: true },
  ],
});
