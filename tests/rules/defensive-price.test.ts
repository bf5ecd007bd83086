import rule from '../../rules/defensive-price';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'The free plan now includes backups, and I have turned them on for you.',
    'You will not be charged again; I cancelled the renewal.',
    'I refunded the second payment today.',
    'Most features are available on the tablet too.',
    'You only need to sign in once.',
    "We don't have subscriptions for families yet, but they are coming.",
  ],
  invalid: [
    { text: 'The banner pops up only twice per session.', spans: ['only twice per session'], output: 'The banner pops up twice per session.', fresh: true },
    { text: 'We email you only 3 times a month.', spans: ['only 3 times a month'], output: 'We email you 3 times a month.', fresh: true },
    { text: 'Most planner tools are still free.', spans: ['Most planner tools are still free'], fresh: true },
    { text: 'Many editing functions are usable without paying.', spans: ['Many editing functions are usable without paying'], fresh: true },
    { text: 'You get it all with hardly any restrictions.', spans: ['with hardly any restrictions'], fresh: true },
    { text: 'Offline mode is still entirely free.', spans: ['is still entirely free'], fresh: true },
    { text: "We don't have monthly subscriptions at all.", spans: ["We don't have monthly subscriptions"], fresh: true },
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
