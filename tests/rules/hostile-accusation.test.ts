import rule from '../../rules/hostile-accusation';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'You are looking for a refund, so I have started one.',
    'Your complaint is fair and a fix is coming.',
    'You are right that the details were hidden in a submenu; we moved them to the front page.',
    'We have proof of postage, and a copy is attached so you can claim from the courier.',
    'Your real intention was a quiet room, and we should have given you one.',
    'Thanks for the honest review, we read every one.',
    'You are welcome to stay with us again any time.',
    'If the app does not suit you, I can refund the purchase.',
    'Please do not use the old link; the new one is below.',
  ],
  invalid: [
    { text: 'Go with another hotel if you dislike ours.', spans: ['Go with another hotel'], fresh: true },
    { text: 'Every word of that review is pure fiction.', spans: ['that review is pure fiction'], fresh: true },
    { text: 'You were obviously only fishing for a discount.', spans: ['You were obviously only fishing for a discount'], fresh: true },
    { text: 'You have conveniently left out the part where you broke the lamp.', spans: ['You have conveniently left out the part'], fresh: true },
    { text: 'Sadly you twisted the story to suit yourself.', spans: ['you twisted the story'], fresh: true },
    { text: 'Your hidden agenda is plain to every reader.', spans: ['Your hidden agenda'], fresh: true },
    { text: 'Those comments show your dishonest nature.', spans: ['your dishonest nature'], fresh: true },
    { text: 'You know you are well aware of what you did at the bar.', spans: ['You know you are well aware of what you did'], fresh: true },
    { text: 'We have the footage to prove otherwise.', spans: ['We have the footage to prove'], fresh: true },
    { text: 'This is a bogus rating from a competitor.', spans: ['bogus rating'], fresh: true },
    { text: 'We see several accounts posting the same text.', spans: ['several accounts'], fresh: true },
    { text: "You're clearly making this up.", spans: ["You're clearly making this up"], fresh: true },
    { text: 'We shall involve the police if this continues.', spans: ['We shall involve the police'], fresh: true },
    { text: "Then simply don't use the app.", spans: ["don't use the app"], fresh: true },
    { text: 'Just uninstall it then.', spans: ['Just uninstall it then'], fresh: true },
    { text: 'Try a different hotel then.', spans: ['Try a different hotel then'], fresh: true },
    { text: "Good luck finding anyone else who'll put up with you.", spans: ["anyone else who'll put up with you"] },
    { text: 'Your post is slanderous.', spans: ['slanderous'], fresh: true },
    { text: 'You are no longer welcome at our property.', spans: ['You are no longer welcome at'], fresh: true },
    { text: 'Nobody forced you to book with us.', spans: ['Nobody forced you to'], fresh: true },
    { text: 'We do not need customers like you.', spans: ['We do not need customers like you'], fresh: true },
  ],
});
