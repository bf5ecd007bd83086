import rule from '../../rules/non-apology-distancing';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Sorry the parcel arrived late; I have refunded the postage.',
    "I'm sorry the app crashed when you exported your notes.",
    'We apologise for the cold room and have fixed the heating.',
    'Sorry to hear about the billing trouble.',
  ],
  invalid: [
    { text: "We're sorry you didn't enjoy the game.", spans: ["We're sorry you didn't enjoy"], fresh: true },
    { text: 'Apologies that you disliked the colours.', spans: ['Apologies that you disliked'], fresh: true },
    { text: 'Sorry the tool was not right for you.', spans: ['Sorry the tool was not right for you'], fresh: true },
    { text: 'We regret that the stay disappointed you.', spans: ['We regret that the stay disappointed you'], fresh: true },
    { text: "Maybe it's not your cup of tea.", spans: ["it's not your cup of tea"] },
    { text: 'So sorry you got the impression we did not care.', spans: ['So sorry you got the impression'], fresh: true },
    { text: 'We regret any discomfort you might have experienced.', spans: ['discomfort you might have experienced'], fresh: true },
    { text: 'We are sorry you decided to leave.', spans: ['We are sorry you decided to'], fresh: true },
    { text: "Apologies the colour wasn't to your liking.", spans: ["Apologies the colour wasn't to your liking"], fresh: true },
    { text: 'We are so sorry you were not happy with the frame.', spans: ['We are so sorry you were not happy with'], fresh: true },
  ],
});
