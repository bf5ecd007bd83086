import rule from '../../rules/defensive-record';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Other guests have reported the same noise, so we are fixing the windows.',
    'Most of our users asked for dark mode, and it is coming in June.',
    'You are the first person I will call tomorrow morning.',
    'We are aware of the crash and a fix is on its way.',
    'This is not the kind of stay we want any guest to have, and we are sorry.',
    'We will treat this extremely seriously and call you today.',
    'One of our best technicians will phone you this afternoon.',
    'Room 12 was one of the rooms hit by the leak, and we are sorry.',
    'Mould is a problem we have found in two rooms and are treating now.',
    'Is there something we can do to put this right?',
    'Several guests told us about the noise too, so the window is being replaced.',
    'Offline mode is one of the most popular requests, and it is coming next month.',
  ],
  invalid: [
    { text: 'You are honestly the only buyer who complained.', spans: ['You are honestly the only buyer who complained'], fresh: true },
    { text: "We haven't received complaints from other guests.", spans: ["We haven't received complaints from other guests"], fresh: true },
    { text: 'None of our customers have noticed anything like it.', spans: ['None of our customers have noticed'], fresh: true },
    { text: 'Most players think the levels are fair.', spans: ['Most players think'], fresh: true },
    { text: 'Many buyers told us the clasp is sturdy.', spans: ['Many buyers told'], fresh: true },
    { text: 'As you can tell from the many reviews, guests love us.', spans: ['As you can tell from the many reviews'], fresh: true },
    { text: 'Our ratings speak for themselves.', spans: ['Our ratings speak for themselves'], fresh: true },
    { text: 'We take pride in our spotless rooms.', spans: ['We take pride in'], fresh: true },
    { text: "We aren't aware of such bugs with exports.", spans: ["We aren't aware of such bugs"], fresh: true },
    { text: 'Millions of people trust our planner every day.', spans: ['Millions of people trust'], fresh: true },
    { text: 'Nobody else wrote in, nor are we aware of any login problems.', spans: ['nor are we aware of any login problems'], fresh: true },
    { text: 'The garden chalets are among our most sought-after lodgings.', spans: ['are among our most sought-after'], fresh: true },
    { text: 'That corner table was one of the best seats in the house.', spans: ['was one of the best'], fresh: true },
    { text: 'Keeping your notes safe is a point we are extremely vigilant about.', spans: ['a point we are extremely vigilant about'], fresh: true },
    { text: 'Overbooking is a practice that we strictly never tolerate.', spans: ['a practice that we strictly never tolerate'], fresh: true },
    { text: 'Hygiene is an issue we take extremely seriously.', spans: ['an issue we take extremely seriously'], fresh: true },
    { text: 'Double billing is something which we very actively guard against.', spans: ['something which we very actively guard against'], fresh: true },
  ],
});
