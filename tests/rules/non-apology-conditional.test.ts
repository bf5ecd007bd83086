import rule from '../../rules/non-apology-conditional';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "The inconvenience caused is regretted, and the refund is on its way.",
    "We're sorry the breakfast was cold; the chef has changed the buffet.",
    "I'm sorry for the delay.",
    'Sorry to hear the lid arrived cracked.',
    "I'm sorry we got your order wrong.",
    'We apologise for the mix-up with your size.',
    'I understand you feel let down, and you are right to.',
  ],
  invalid: [
    { text: "I'm sorry if you feel that way.", spans: ["I'm sorry if you feel that way"], output: "I'm sorry for the frustration this has caused." },
    { text: "We're sorry you feel that way about our service.", spans: ["We're sorry you feel that way about our service"], output: "I'm sorry for the frustration this has caused." },
    { text: 'Sorry if you were offended.', spans: ['Sorry if you were offended'], output: "I'm sorry for the frustration this has caused." },
    { text: 'I apologise if my email came across as rude.', spans: ['I apologise if my email came across as rude'], output: "I'm sorry for the trouble this caused." },
    { text: 'Sorry for any inconvenience this may have caused.', spans: ['Sorry for any inconvenience this may have caused'], output: "I'm sorry for the trouble this caused." },
    { text: "I'm sorry you found our breakfast disappointing.", spans: ["I'm sorry you found our breakfast disappointing"], output: "I'm sorry for the frustration this has caused.", fresh: true },
    { text: "We regret that you chose to leave early.", spans: ["We regret that you chose to leave early"], output: "I'm sorry for the frustration this has caused.", fresh: true },
    { text: "Sorry you didn't enjoy the new layout.", spans: ["Sorry you didn't enjoy the new layout"], output: "I'm sorry for the frustration this has caused.", fresh: true },
    { text: "We apologise for any disruption you may have experienced.", spans: ["We apologise for any disruption you may have experienced"], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: "Sorry if the staff seemed unfriendly.", spans: ["Sorry if the staff seemed unfriendly"], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: "I apologise if you were left feeling let down.", spans: ["I apologise if you were left feeling let down"], output: "I'm sorry for the frustration this has caused.", fresh: true },
    { text: "Apologies if the room was not what you expected.", spans: ["Apologies if the room was not what you expected"], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: "Sorry that you feel our prices are too high.", spans: ["Sorry that you feel our prices are too high"], output: "I'm sorry for the frustration this has caused.", fresh: true },
  ],
});
