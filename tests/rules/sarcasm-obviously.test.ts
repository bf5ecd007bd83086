import rule from '../../rules/sarcasm-obviously';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Please speak plainly with the staff if anything is wrong.",
    "Surely we can find a room for you tonight.",
    "I'd like to explain clearly what happens next.",
    'You are obviously upset, and I understand why.',
    'The label is clearly visible on the box.',
    'I want to communicate clearly about the delay.',
    'Surely not, let me check that for you.',
  ],
  invalid: [
    { text: 'It is clearly stated in the listing.', spans: ['clearly'], output: "It is stated in the listing." },
    { text: 'Obviously, the item was not damaged when it left.', spans: ['Obviously'], output: "The item was not damaged when it left." },
    { text: 'You obviously did not read the description.', spans: ['obviously'], output: "You did not read the description." },
    { text: 'Clearly you missed the size chart.', spans: ['Clearly'], output: "You missed the size chart." },
    { text: 'Surely you can see the difference.', spans: ['Surely'], output: "You can see the difference." },
    { text: "Plainly, the photos show a double bed.", spans: ["Plainly"], output: "The photos show a double bed.", fresh: true },
    { text: "Needless to say, the minibar is not free.", spans: ["Needless to say"], output: "The minibar is not free.", fresh: true },
    { text: "As anyone can see, the room faces the sea.", spans: ["As anyone can see"], output: "The room faces the sea.", fresh: true },
    { text: "It goes without saying that pets are not allowed.", spans: ["It goes without saying that"], output: "Pets are not allowed.", fresh: true },
    { text: "As you surely know, the app needs a login.", spans: ["As you surely know"], output: "The app needs a login.", fresh: true },
    { text: "The pool hours are evidently listed at reception.", spans: ["evidently"], output: "The pool hours are listed at reception.", fresh: true },
    { text: "You plainly ignored the sign.", spans: ["plainly"], output: "You ignored the sign.", fresh: true },
    { text: "Surely anyone can follow three steps.", spans: ["Surely"], output: "Anyone can follow three steps.", fresh: true },
  ],
});
