import rule from '../../rules/defensive-record';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Other guests have reported the same noise, so we are fixing the windows.',
    'Most of our users asked for dark mode, and it is coming in June.',
    'You are the first person I will call tomorrow morning.',
    'We are aware of the crash and a fix is on its way.',
    'This is not the kind of stay we want any guest to have, and we are sorry.',
  ],
  invalid: [
    { text: 'You are honestly the only buyer who complained.', spans: ['You are honestly the only buyer who complained'], fresh: true },
    { text: "We haven't received complaints from other guests.", spans: ["We haven't received complaints from other guests"], fresh: true },
    { text: 'None of our customers have noticed anything like it.', spans: ['None of our customers have noticed'], fresh: true },
    { text: 'Most players think the levels are fair.', spans: ['Most players think'], fresh: true },
    { text: 'As you can tell from the many reviews, guests love us.', spans: ['As you can tell from the many reviews'], fresh: true },
    { text: 'Our ratings speak for themselves.', spans: ['Our ratings speak for themselves'], fresh: true },
    { text: 'We take pride in our spotless rooms.', spans: ['We take pride in'], fresh: true },
    { text: "We aren't aware of such bugs with exports.", spans: ["We aren't aware of such bugs"], fresh: true },
    { text: 'Millions of people trust our planner every day.', spans: ['Millions of people trust'], fresh: true },
    { text: 'Nobody else wrote in, nor are we aware of any login problems.', spans: ['nor are we aware of any login problems'], fresh: true },
  ],
});
