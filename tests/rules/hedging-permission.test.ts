import rule from '../../rules/hedging-permission';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Is it working now after the update?",
    "If you're happy with the room, there is nothing more to do.",
    'That is fine with us.', 'The refund is approved.', 'Is it still not working after a restart?'],
  invalid: [
    { text: "I'll send a new one on Monday, if that's alright.", spans: ["if that's alright"], output: "I'll send a new one on Monday." },
    { text: 'If you don’t mind, could you send a photo?', spans: ['If you don’t mind'], output: "Could you send a photo?" },
    { text: "I hope that's okay with you.", spans: ["I hope that's okay with you"], output: "" },
    { text: 'Sorry to bother you again.', spans: ['Sorry to bother you again'], output: "" },
    { text: 'Does that sound okay to you?', spans: ['Does that sound okay to you'], output: "" },
    { text: 'I was wondering if maybe you could send a photo.', spans: ['I was wondering if maybe'], output: "You could send a photo." },
    { text: "We will move you to a quieter room, if that suits you.", spans: ["if that suits you"], output: "We will move you to a quieter room.", fresh: true },
    { text: "Would it be alright if I call you tomorrow?", spans: ["Would it be alright if I"], fresh: true },
    { text: "If it's not too much bother, please resend the photo.", spans: ["If it's not too much bother"], output: "Please resend the photo.", fresh: true },
    { text: "Sorry to disturb you, but could you confirm your arrival time?", spans: ["Sorry to disturb you, but"], output: "Could you confirm your arrival time?", fresh: true },
    { text: "I don't mean to be a nuisance, but the invoice is still unpaid.", spans: ["I don't mean to be a nuisance, but"], output: "The invoice is still unpaid.", fresh: true },
    { text: "I might be mistaken, but the charge looks correct to us.", spans: ["I might be mistaken, but"], output: "The charge looks correct to us.", fresh: true },
    { text: "We'll refund the difference, if you're happy with that.", spans: ["if you're happy with that"], output: "We'll refund the difference.", fresh: true },
    { text: "Is it okay with you if we send the replacement next week?", spans: ["Is it okay with you if we"], fresh: true },
  ],
});
