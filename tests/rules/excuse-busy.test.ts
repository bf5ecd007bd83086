import rule from '../../rules/excuse-busy';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "We had two rooms free that week, so we upgraded you.",
    "Our small team reads every message, and I have replied to yours.",
    'I have sent the replacement today.',
    'We are a shop that ships worldwide.',
    'Our small business discount is 10%.',
    'The busy season starts in November, so please order early.',
  ],
  invalid: [
    { text: 'I am one independent local seller, replies can be slow.', spans: ['I am one independent local seller'], output: 'Replies can be slow.', fresh: true },
    { text: 'We were very busy last week.', spans: ['We were very busy last week'], output: "" },
    { text: "We're a small business, so it takes time.", spans: ["We're a small business, so"], output: "It takes time." },
    { text: "I'm only human.", spans: ["I'm only human"], output: "" },
    { text: 'We have been short-staffed lately.', spans: ['We have been short-staffed lately'], output: "" },
    { text: "It's been crazy here lately.", spans: ["It's been crazy here lately"], output: "" },
    { text: "It's the holiday season, so things are slow.", spans: ["It's the holiday season, so"], output: "Things are slow." },
    { text: "Our front desk was badly understaffed that weekend, so check-in took longer.", spans: ["Our front desk was badly understaffed that weekend, so"], output: "Check-in took longer.", fresh: true },
    { text: "I run this app on my own in the evenings, so updates are slow.", spans: ["I run this app on my own in the evenings, so"], output: "Updates are slow.", fresh: true },
    { text: "The kitchen was completely overloaded with orders.", spans: ["The kitchen was completely overloaded with orders"], output: "", fresh: true },
    { text: "We are a team of only two developers, so replies can take a while.", spans: ["We are a team of only two developers, so"], output: "Replies can take a while.", fresh: true },
    { text: "It was peak wedding season, so the pool was crowded.", spans: ["It was peak wedding season, so"], output: "The pool was crowded.", fresh: true },
    { text: "Support has been flooded with tickets since the launch.", spans: ["Support has been flooded with tickets since the launch"], output: "", fresh: true },
    { text: "We had two staff off sick that week.", spans: ["We had two staff off sick that week"], output: "", fresh: true },
    { text: "As a small family hotel we cannot always respond immediately.", spans: ["As a small family hotel"], output: "We cannot always respond immediately.", fresh: true },
    { text: "I've been unwell for most of the month.", spans: ["I've been unwell for most of the month"], output: "", fresh: true },
  ],
});
