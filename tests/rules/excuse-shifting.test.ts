import rule from '../../rules/excuse-shifting';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Our courier had a depot closure, and I have resent your parcel.',
    "The courier has confirmed it will redeliver tomorrow, and I am tracking it.",
    "I will contact the airline for you today.",
    "Our payment provider has refunded the double charge, so you will see it in 3 days.",
    'The parcel was lost in transit, so I have sent a new one.',
    'The courier confirmed delivery at 2pm.',
    'I will chase the carrier today.',
    'Nothing is out of stock right now.',
  ],
  invalid: [
    { text: 'The factory shipped us the wrong batch of lids.', spans: ['The factory shipped us the wrong batch'], fresh: true },
    { text: 'The warehouse sent me the wrong colours last week.', spans: ['The warehouse sent me the wrong colours'], fresh: true },
    { text: 'Sadly PayPal suffered a major outage on Friday.', spans: ['PayPal suffered a major outage'], fresh: true },
    { text: 'The courier lost it.', spans: ['The courier lost it'], output: "The parcel was lost or damaged in transit." },
    { text: "It's out of our hands now.", spans: ["It's out of our hands"], output: "I will do what I can from my side now." },
    { text: "There's nothing we can do about it.", spans: ["There's nothing we can do about it"], output: "Here is what I can do." },
    { text: 'Royal Mail must have damaged your parcel.', spans: ['Royal Mail must have damaged your parcel'], output: "The parcel was damaged in transit with Royal Mail." },
    { text: 'Please take it up with the courier.', spans: ['Please take it up with the courier'], output: "I will follow this up with the carrier." },
    { text: 'The post office is so slow these days.', spans: ['The post office is so slow these days'], output: "" },
    { text: 'It was delayed due to circumstances beyond our control.', spans: ['due to circumstances beyond our control'], output: "It was delayed." },
    { text: "The cleaning company we hire missed your room.", spans: ["The cleaning company we hire missed"], fresh: true },
    { text: "That is a matter for the airline, not us.", spans: ["That is a matter for the airline"], fresh: true },
    { text: "Our payment provider caused the double charge.", spans: ["Our payment provider caused"], fresh: true },
    { text: "The warehouse staff mixed up the labels.", spans: ["The warehouse staff mixed up the labels"], fresh: true },
    { text: "Apple's review process is what delayed the fix.", spans: ["Apple's review process is what delayed"], fresh: true },
    { text: "Blame Booking.com for that mix-up.", spans: ["Blame Booking.com"], fresh: true },
    { text: "The fault here lies with the courier, who left it outside.", spans: ["The fault here lies with the courier"], fresh: true },
    { text: "Sadly, nothing can be done on our side.", spans: ["nothing can be done on our side"], fresh: true },
    { text: "Delivery times are set by the courier, not by us.", spans: ["Delivery times are set by the courier"], fresh: true },
  ],
});
