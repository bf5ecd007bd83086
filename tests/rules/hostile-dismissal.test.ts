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
    { text: 'Calm down, it will arrive.', spans: ['Calm down'] },
    { text: 'Take it or leave it.', spans: ['Take it or leave it'] },
    { text: 'The policy is 30 days, deal with it.', spans: ['deal with it'] },
    { text: 'Stop complaining about the price.', spans: ['Stop complaining'] },
    { text: 'You people never read anything.', spans: ['You people'] },
    { text: 'Whatever.', spans: ['Whatever'] },
    { text: 'Are you serious?', spans: ['Are you serious'] },
    { text: "I don't have time for this.", spans: ["I don't have time for this"] },
    { text: 'Please do not order from us again.', spans: ['Please do not order from us again'] },
  ],
});
