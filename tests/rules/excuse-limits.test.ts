import rule from '../../rules/excuse-limits';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "The heat made the room unbearable, and we are fixing the air con today.",
    'Our team fixed the crash this morning.',
    'I have added your suggestion to the plan for June.',
    'We renovated the lobby last year and guests love it.',
    'Thanks for supporting the project with a subscription.',
  ],
  invalid: [
    { text: 'Rail strikes held up every parcel that week.', spans: ['strikes held up every'], fresh: true },
    { text: 'This planner is a weekend project I build alone.', spans: ['a weekend project'], fresh: true },
    { text: 'I answer mail on my own free time.', spans: ['on my own free time'], fresh: true },
    { text: 'The game survives entirely on donations.', spans: ['survives entirely on donations'], fresh: true },
    { text: 'My staff is really stretched this month.', spans: ['My staff is really stretched'], fresh: true },
    { text: 'We can only afford a tiny budget for servers.', spans: ['We can only afford a tiny budget'], fresh: true },
    { text: 'Hosting costs us real money every month.', spans: ['costs us real money'], fresh: true },
    { text: 'Subscriptions let us keep the lights on.', spans: ['Subscriptions let us keep'], fresh: true },
    { text: 'Each update takes time to test properly.', spans: ['Each update takes time'], fresh: true },
    { text: 'We had so many tickets lately that replies slowed down.', spans: ['so many tickets lately'], fresh: true },
    { text: 'The receptionist was recently hired and still learning.', spans: ['was recently hired'], fresh: true },
    { text: 'The pool was closed because of the storms.', spans: ['because of the storms'], fresh: true },
    { text: 'The free tier still needs to be maintained and updated by someone.', spans: ['needs to be maintained and updated'], fresh: true },
    { text: 'Server upkeep and hosting are not cheap for a team our size.', spans: ['upkeep and hosting'], fresh: true },
    { text: 'I held off charging as long as I could.', spans: ['I held off charging as long as'], fresh: true },
    { text: 'Raising the room rate was a tough call for us.', spans: ['was a tough call for us'], fresh: true },
    { text: 'The east wing is currently undergoing refurbishment, hence the drilling.', spans: ['is currently undergoing refurbishment'], fresh: true },
    { text: 'We are in the middle of upgrading every bathroom.', spans: ['are in the middle of upgrading'], fresh: true },
  ],
});
