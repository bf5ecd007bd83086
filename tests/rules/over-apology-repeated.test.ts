import rule from '../../rules/over-apology-repeated';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Sorry for the wait at the desk. The pool reopens tomorrow, and breakfast is on us.",
    "I'm sorry the room was cold. The heater is fixed. Sorry again, and enjoy the rest of your stay.",
    "I'm sorry for the delay. Your parcel ships today.",
    "I'm sorry for the delay. A new one ships today. Sorry again for the trouble.",
  ],
  invalid: [
    {
      text: "I'm sorry for the delay. Sorry, the courier was late. Sorry again!",
      spans: ['Sorry', 'Sorry again!'],
      output: "I'm sorry for the delay. The courier was late.",
    },
    {
      text: 'We apologise for this. Our apologies, truly. Sorry once more.',
      spans: ['Our apologies', 'Sorry once more'],
      output: 'We apologise for this. Truly.',
    },
    { text: "Sorry the room was cold. We apologise that the heater took a day to fix. Sorry again.", spans: ["We apologise that the heater took a day to fix.", "Sorry again"], output: "Sorry the room was cold.", fresh: true },
    { text: "Apologies for the app crash. I'm sorry it deleted your notes. My apologies for the slow reply.", spans: ["I'm sorry it deleted your notes.", "My apologies for the slow reply"], output: "Apologies for the app crash.", fresh: true },
    { text: "We're sorry the parcel arrived late. Please accept our apologies. We sincerely apologise.", spans: ["Please accept our apologies", "We sincerely apologise"], output: "We're sorry the parcel arrived late.", fresh: true },
    { text: "I apologise for the noise. Sorry that the bar stayed open late. I'm so sorry you couldn't sleep.", spans: ["Sorry that the bar stayed open late.", "I'm so sorry you couldn't sleep."], output: "I apologise for the noise.", fresh: true },
    { text: "Sorry the sync failed. I'm sorry we missed your email. Apologies for all of it.", spans: ["I'm sorry we missed your email.", "Apologies for all of it"], output: "Sorry the sync failed.", fresh: true },
    { text: "We apologise for the double charge. Sorry for the worry it caused. Our apologies once more.", spans: ["Sorry for the worry it caused", "Our apologies once more"], output: "We apologise for the double charge.", fresh: true },
    { text: "I'm sorry the update broke the widget. Sorry it took a week to fix. And sorry for the silence.", spans: ["Sorry it took a week to fix.", "And sorry for the silence"], output: "I'm sorry the update broke the widget.", fresh: true },
    { text: "Sorry for the wait at check-in. Apologies that the pool was closed. We are sorry about breakfast too.", spans: ["Apologies that the pool was closed.", "We are sorry about breakfast too"], output: "Sorry for the wait at check-in.", fresh: true },
  ],
});
