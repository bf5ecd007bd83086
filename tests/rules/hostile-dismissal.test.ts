import rule from '../../rules/hostile-dismissal';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Sit back and let us handle the return.',
    'Whatever size you choose, the price is the same.',
    'I care about getting this right.',
    'We will deal with it today.',
    'Please take it to any post office.',
  ],
  invalid: [
    { text: 'Calm down, it will arrive.', spans: ['Calm down'], output: "It will arrive." },
    { text: 'Take it or leave it.', spans: ['Take it or leave it'], output: "This is what I can offer." },
    { text: 'The policy is 30 days, deal with it.', spans: ['deal with it'], output: "The policy is 30 days." },
    { text: 'Stop complaining about the price.', spans: ['Stop complaining'] },
    { text: 'You people never read anything.', spans: ['You people'], output: "You never read anything." },
    { text: 'Whatever.', spans: ['Whatever'], output: "" },
    { text: 'Are you serious?', spans: ['Are you serious'], output: "" },
    { text: "I don't have time for this.", spans: ["I don't have time for this"], output: "" },
    { text: 'Please do not order from us again.', spans: ['Please do not order from us again'], output: "" },
  ],
});
