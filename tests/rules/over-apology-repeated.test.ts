import rule from '../../rules/over-apology-repeated';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
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
  ],
});
