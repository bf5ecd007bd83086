import rule from '../../rules/hostile-dismissal';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    "Don't bother returning the faulty one; keep it, a new one is on its way.",
    "Please uninstall the app and reinstall it from the store.",
    "Then tap Settings and turn on sync.",
    "We will book you into another hotel tonight at our cost.",
    "Your opinion matters to us, and we have fixed the shower.",
    'Sit back and let us handle the return.',
    'Whatever size you choose, the price is the same.',
    'I care about getting this right.',
    'We will deal with it today.',
    'Please take it to any post office.',
  ],
  invalid: [
    { text: 'Quit messaging our team every hour.', spans: ['Quit messaging our team'], output: 'Quit messaging our team every hour.', fresh: true },
    { text: 'Please do not bother booking with us in future.', spans: ['Please do not bother booking'], output: 'With us in future.', fresh: true },
    { text: 'Calm down, it will arrive.', spans: ['Calm down'], output: "It will arrive." },
    { text: 'Take it or leave it.', spans: ['Take it or leave it'], output: "This is what I can offer." },
    { text: 'The policy is 30 days, deal with it.', spans: ['deal with it'], output: "The policy is 30 days." },
    { text: 'Stop complaining about the price.', spans: ['Stop complaining'] },
    { text: 'You people never read anything.', spans: ['You people'], output: "You never read anything." },
    { text: 'Whatever.', spans: ['Whatever'], output: "" },
    { text: 'Are you serious?', spans: ['Are you serious'], output: "" },
    { text: "I don't have time for this.", spans: ["I don't have time for this"], output: "" },
    { text: 'Please do not order from us again.', spans: ['Please do not order from us again'], output: "" },
    { text: "If you don't like it, uninstall the app.", spans: ["If you don't like it, uninstall the app"], output: "", fresh: true },
    { text: "Then simply stop using our software.", spans: ["Then simply stop using our software"], output: "", fresh: true },
    { text: "Nobody is forcing you to stay here.", spans: ["Nobody is forcing you to stay"], fresh: true },
    { text: "Feel free to book somewhere else next time.", spans: ["Feel free to book somewhere else next time"], output: "", fresh: true },
    { text: "Move on, it was months ago.", spans: ["Move on"], output: "It was months ago.", fresh: true },
    { text: "Your opinion doesn't matter to us.", spans: ["Your opinion doesn't matter to us"], output: "", fresh: true },
    { text: "We are not interested in your complaints.", spans: ["We are not interested in your complaints"], output: "", fresh: true },
    { text: "We won't waste more time on this.", spans: ["We won't waste more time on this"], output: "", fresh: true },
    { text: "Stop writing to us about the pillow.", spans: ["Stop writing to us"], fresh: true },
  ],
});
