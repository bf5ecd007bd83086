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
    'Sorry if I misread your note: did you mean the blue mug?',
    'We apologise that the courier lost your parcel; a new one ships today.',
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
    { text: 'Sorry if that spoilt the weekend for you.', spans: ['Sorry if that spoilt the weekend for you'], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: 'My apologies if there were some delays.', spans: ['My apologies if there were some delays'], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: 'We regret if the booking went wrong somewhere.', spans: ['We regret if the booking went wrong somewhere'], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: 'We apologize for any confusion caused.', spans: ['We apologize for any confusion caused'], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: 'We are sorry for any trouble if there was a mix-up.', spans: ['We are sorry for any trouble if there was a mix-up'], output: "I'm sorry for the trouble this caused.", fresh: true },
    { text: 'Sorry for any frustration you experienced with checkout.', spans: ['Sorry for any frustration you experienced with checkout'], output: "I'm sorry for the trouble this caused.", fresh: true },
  ],
});
