import rule from '../../rules/sarcasm-courtesy';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Thank you for your patience while we fix this.',
    'Good luck with the move, and enjoy the new sofa!',
    'Maybe you could send a photo of the label? That helps the courier.',
    'Congratulations on the new shop!',
    'We will wrap fragile orders more carefully from now on.',
    'If you upgrade to the yearly plan, nothing will change in your saved notes.',
    'If you share the booking code, our desk can move you to a quieter floor.',
    'Unless you tell us otherwise, we will ship the replacement on Monday.',
  ],
  invalid: [
    { text: 'Kindly extend developers the courtesy of a message first.', spans: ['extend developers the courtesy'], fresh: true },
    { text: 'An ounce of respect would be nice.', spans: ['An ounce of respect'], fresh: true },
    { text: 'Frankly I regret that I bothered.', spans: ['regret that I bothered'], fresh: true },
    { text: 'Some people just cannot be bothered.', spans: ['Some people', 'cannot be bothered'], fresh: true },
    { text: 'Maybe next time you could actually look.', spans: ['Maybe next time you could actually'], fresh: true },
    { text: 'Good luck getting that from any other shop.', spans: ['Good luck getting'], fresh: true },
    { text: 'Thanks for nothing.', spans: ['Thanks for nothing'], fresh: true },
    { text: "Well, I hope you're satisfied now.", spans: ["I hope you're satisfied now"], fresh: true },
    { text: 'lol, that is not how refunds work.', spans: ['lol'], fresh: true },
    { text: 'How hard could it be to tap the button?', spans: ['How hard could it be to'], fresh: true },
    { text: 'It is all right there in the FAQ.', spans: ['It is all right there in the FAQ'], fresh: true },
    { text: 'I think you missed the entire point of a budget hostel.', spans: ['missed the entire point'], fresh: true },
    { text: 'Next summer, pick your dates a bit more wisely.', spans: ['a bit more wisely'], fresh: true },
    { text: 'We wish guests read the house rules before arriving.', spans: ['We wish guests read'], fresh: true },
    { text: 'Unless you describe the fault, there is nothing I can do for you.', spans: ['Unless you describe the fault, there is nothing I can do'], fresh: true },
    { text: 'If you keep refusing to say what broke, we cannot fix anything.', spans: ['If you keep refusing to say what broke, we cannot fix'], fresh: true },
    { text: 'If you never tell us the cause, this planner will never get better.', spans: ['If you never tell us the cause, this planner will never get better'], fresh: true },
    { text: "If you won't give us any reasons, nothing is going to improve.", spans: ["If you won't give us any reasons, nothing is going to improve"], fresh: true },
    // The request under the mock politeness is kept, asked plainly.
    { text: 'Could you do me the courtesy of phoning the desk first?', spans: ['Could you do me the courtesy of phoning'], output: 'Could you phone the desk first?', fresh: true },
    { text: 'You might have done us the courtesy of replying to our note.', spans: ['You might have done us the courtesy of replying'], output: 'Please reply to our note.', fresh: true },
    { text: 'Maybe you could be a bit more precise about the fault?', spans: ['Maybe you could be a bit more precise about the fault'], output: 'Could you be a bit more precise about the fault?', fresh: true },
  ],
});
