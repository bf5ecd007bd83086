import rule from '../../rules/excuse-shifting';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'The parcel was lost in transit, so I have sent a new one.',
    'The courier confirmed delivery at 2pm.',
    'I will chase the carrier today.',
    'Nothing is out of stock right now.',
  ],
  invalid: [
    { text: 'The courier lost it.', spans: ['The courier lost it'] },
    { text: "It's out of our hands now.", spans: ["It's out of our hands"] },
    { text: "There's nothing we can do about it.", spans: ["There's nothing we can do about it"] },
    { text: 'Royal Mail must have damaged your parcel.', spans: ['Royal Mail must have damaged your parcel'] },
    { text: 'Please take it up with the courier.', spans: ['take it up with the courier'] },
    { text: 'The post office is so slow these days.', spans: ['The post office is so slow these days'] },
    { text: 'It was delayed due to circumstances beyond our control.', spans: ['due to circumstances beyond our control'] },
  ],
});
