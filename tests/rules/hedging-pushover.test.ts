import rule from '../../rules/hedging-pushover';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['Let me know what size you want.', 'You can choose whatever colour you like from the listing.', 'We will do everything we can to get it there by Friday.'],
  invalid: [
    { text: "We'll do whatever you want.", spans: ["We'll do whatever you want"], output: "Here is what I can offer: [the option your policy allows]." },
    { text: "I'll do anything to make this right.", spans: ["I'll do anything to make this right"], output: "Here is what I can offer: [the option your policy allows]." },
    { text: 'Just tell me what would make you happy.', spans: ['Just tell me what would make you happy'], output: "Here is what I can offer: [the option your policy allows]." },
    { text: "I'll fix it, whatever it takes.", spans: ['whatever it takes'] },
  ],
});
