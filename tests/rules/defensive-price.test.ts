import rule from '../../rules/defensive-price';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'The free plan now includes backups, and I have turned them on for you.',
    'You will not be charged again; I cancelled the renewal.',
    'I refunded the second payment today.',
  ],
  invalid: [
    { text: 'The basic version remains perfectly usable.', spans: ['The basic version remains perfectly usable'], fresh: true },
    { text: "Honestly, you never have to pay anything.", spans: ['you never have to pay anything'], fresh: true },
    { text: 'Nearly all core functions are free.', spans: ['Nearly all core functions are free'], output: 'You can use nearly all core functions for free.', fresh: true },
    { text: 'Many of our features are open to everybody.', spans: ['Many of our features are open'], fresh: true },
    { text: 'Adverts pop up only after every tenth task.', spans: ['Adverts pop up only'], output: 'Adverts pop up after every tenth task.', fresh: true },
    { text: 'We do not force anyone to buy premium.', spans: ['We do not force anyone to buy'], fresh: true },
    { text: 'Our free tier is fully working for everyone.', spans: ['Our free tier is fully working'], fresh: true },
    { text: 'Our basic version is still fully usable offline.', spans: ['Our basic version is still fully usable'], fresh: true },
    { text: '95% of app features are available for free.', spans: ['95% of app features are available for free'], output: 'You can use 95% of app features for free.', fresh: true },
  ],
});
