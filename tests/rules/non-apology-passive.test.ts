import rule from '../../rules/non-apology-passive';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "The inconvenience caused is regretted, and the refund is on its way.",
    "It is unfortunate timing, but the pool opens tomorrow.",
    "We made a mistake and have fixed it.",
    'I made a mistake with your order, and I am sorry.', 'We made an error in the invoice and have corrected it.', 'A refund was made today.'],
  invalid: [
    { text: 'Mistakes were made.', spans: ['Mistakes were made'], output: "I made a mistake." },
    { text: 'It is regrettable that you feel let down.', spans: ['It is regrettable that you'], output: "I'm sorry that you feel let down." },
    { text: 'We regret any inconvenience.', spans: ['We regret any'], output: "I'm sorry for the inconvenience." },
    { text: "It is unfortunate that your stay was disappointing.", spans: ["It is unfortunate that your"], output: "I'm sorry that your stay was disappointing.", fresh: true },
    { text: "Errors were unfortunately made during check-in.", spans: ["Errors were unfortunately made"], output: "I made a mistake during check-in.", fresh: true },
    { text: "Some mistakes were clearly made with your order.", spans: ["Some mistakes were clearly made"], output: "I made a mistake with your order.", fresh: true },
    { text: "We sincerely regret any disappointment.", spans: ["We sincerely regret any"], output: "I'm sorry for the disappointment.", fresh: true },
    { text: "It's a pity that your room wasn't ready.", spans: ["It's a pity that your"], output: "I'm sorry that your room wasn't ready.", fresh: true },
    { text: "The delay was most unfortunate.", spans: ["The delay was most unfortunate"], output: "I'm sorry for the delay.", fresh: true },
    { text: "It is unfortunate if you felt rushed at checkout.", spans: ["It is unfortunate if you"], output: "I'm sorry that you felt rushed at checkout.", fresh: true },
    { text: "Regrettably, errors have been made in your invoice.", spans: ["errors have been made"], output: "Regrettably, I made a mistake in your invoice.", fresh: true },
  ],
});
