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
    { text: 'The courier lost it.', spans: ['The courier lost it'], output: "The parcel was lost or damaged in transit." },
    { text: "It's out of our hands now.", spans: ["It's out of our hands"], output: "I will do what I can from my side now." },
    { text: "There's nothing we can do about it.", spans: ["There's nothing we can do about it"], output: "Here is what I can do." },
    { text: 'Royal Mail must have damaged your parcel.', spans: ['Royal Mail must have damaged your parcel'], output: "The parcel was damaged in transit with Royal Mail." },
    { text: 'Please take it up with the courier.', spans: ['Please take it up with the courier'], output: "I will follow this up with the carrier." },
    { text: 'The post office is so slow these days.', spans: ['The post office is so slow these days'], output: "" },
    { text: 'It was delayed due to circumstances beyond our control.', spans: ['due to circumstances beyond our control'], output: "It was delayed." },
  ],
});
