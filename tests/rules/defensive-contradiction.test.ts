import rule from '../../rules/defensive-contradiction';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'You are right, the sync was broken and it is fixed now.',
    'Just to clarify, which order number was this?',
    'I agree the checkout was confusing; we have simplified it.',
    'It should work now: please update and let me know.',
    'The reminder will work again once battery saving is off.',
    'I want to clarify the refund dates: it goes out on 3 May.',
  ],
  invalid: [
    { text: "Sadly, your statement is inaccurate.", spans: ['your statement is inaccurate'], fresh: true },
    { text: 'We respectfully disagree with your review.', spans: ['We respectfully disagree'], fresh: true },
    { text: 'Our store would never rip off a customer.', spans: ['Our store would never rip off'], fresh: true },
    { text: "Hmm, that's simply the way things are.", spans: ["that's simply the way things are"], fresh: true },
    { text: 'The fact that you found it tricky doesn\'t mean it is broken.', spans: ["The fact that you found it tricky doesn't mean"], fresh: true },
    { text: 'Our system logs show there was no outage.', spans: ['Our system logs show there'], fresh: true },
    { text: 'We firmly reject these allegations.', spans: ['We firmly reject these allegations'], fresh: true },
    { text: 'The widget runs flawlessly on thousands of devices.', spans: ['runs flawlessly on thousands'], output: 'The widget runs on thousands of devices.', fresh: true },
    { text: 'No, we do not sell your address to anyone.', spans: ['No, we do'], output: 'We do not sell your address to anyone.', fresh: true },
    { text: 'This is expected behavior, so nothing changed.', spans: ['This is expected behavior'], fresh: true },
    { text: 'Breakfast hours are listed on our booking confirmation.', spans: ['are listed on our booking confirmation'], fresh: true },
    { text: 'Our staff followed the proper procedure.', spans: ['Our staff followed the proper procedure'], fresh: true },
    { text: 'You never actually ordered from us.', spans: ['You never actually ordered from us'], fresh: true },
    { text: 'There is no error  The timer resets at midnight', spans: ['There is no error'], fresh: true },
    { text: "Not sure what else you expect me to do.", spans: ['Not sure what else you expect me to do'] },
    { text: 'That is not correct, the parcel left on Monday.', spans: ['That is not correct'] },
  ],
});
