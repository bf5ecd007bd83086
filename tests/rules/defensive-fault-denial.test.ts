import rule from '../../rules/defensive-fault-denial';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'It is a fault of the app, and we are fixing it in version 4.2.',
    'This is a known bug in our app; a fix ships on Friday.',
    'The sync problem is caused by our last update, sorry about that.',
    'We are responsible for the delay and I have refunded the shipping.',
    'Your phone settings can stop reminders; here is how to turn them back on.',
  ],
  invalid: [
    { text: "Honestly this isn't a fault of the software.", spans: ["this isn't a fault of the software"], fresh: true },
    { text: 'That was not an error on the part of our shop.', spans: ['That was not an error on the part of our shop'], fresh: true },
    { text: "It's not the widget's fault, your launcher kills it.", spans: ["It's not the widget's fault"], fresh: true },
    { text: 'The crash is a limitation of your browser, not the extension.', spans: ['a limitation of your browser, not the extension'], fresh: true },
    { text: "The lag wasn't created by us at all.", spans: ["wasn't created by us"], fresh: true },
    { text: 'Our hotel is not liable for items left in rooms.', spans: ['Our hotel is not liable for'], fresh: true },
    { text: 'We are not responsible for what your carrier does.', spans: ['We are not responsible for'], fresh: true },
    { text: 'Missing alarms are not a bug of the app but of the phone.', spans: ['not a bug of the app'], fresh: true },
    { text: "It is certainly not a problem with the service.", spans: ['It is certainly not a problem with the service'], fresh: true },
  ],
});
