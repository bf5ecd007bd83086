import rule from '../../rules/hedging-permission';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: ['That is fine with us.', 'The refund is approved.', 'Is it still not working after a restart?'],
  invalid: [
    { text: "I'll send a new one on Monday, if that's alright.", spans: ["if that's alright"], output: "I'll send a new one on Monday." },
    { text: 'If you don’t mind, could you send a photo?', spans: ['If you don’t mind'], output: "Could you send a photo?" },
    { text: "I hope that's okay with you.", spans: ["I hope that's okay with you"], output: "" },
    { text: 'Sorry to bother you again.', spans: ['Sorry to bother you again'], output: "" },
    { text: 'Does that sound okay to you?', spans: ['Does that sound okay to you'], output: "" },
    { text: 'I was wondering if maybe you could send a photo.', spans: ['I was wondering if maybe'], output: "You could send a photo." },
  ],
});
