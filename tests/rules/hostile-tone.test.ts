import rule from '../../rules/hostile-tone';
import { testRule } from './rule-tester';

// The model's finding: the span is the sentence, without its closing punctuation.
testRule(rule, {
  valid: [
    'Your order shipped on Monday.',
    'We are sorry the parcel was late.',
    'Please send a photo of the damage.',
    'Thanks for the detailed feedback.',
    'The parcel is in the depot and will be delivered tomorrow.',
  ],
  invalid: [
    { text: 'You are a pathetic excuse for a customer.', spans: ['You are a pathetic excuse for a customer'], fresh: true },
    { text: 'Shut up and stop whining, you clown!', spans: ['Shut up and stop whining, you clown'], fresh: true },
    { text: 'You are clearly too dumb to use a phone.', spans: ['You are clearly too dumb to use a phone'], fresh: true },
    { text: 'Your review is garbage written by a troll.', spans: ['Your review is garbage written by a troll'], fresh: true },
    { text: 'You disgusting liar.', spans: ['You disgusting liar'], fresh: true },
    { text: 'Go away, nobody wants your stupid business.', spans: ['Go away, nobody wants your stupid business'], fresh: true },
    { text: 'You are an ignorant fool.', spans: ['You are an ignorant fool'], fresh: true },
    { text: 'What a stupid, useless person you are.', spans: ['What a stupid, useless person you are'], fresh: true },
    { text: 'Your attitude is disgusting and pathetic.', spans: ['Your attitude is disgusting and pathetic'], fresh: true },
    { text: 'Thanks for waiting. You are a rude, nasty little troll.', spans: ['You are a rude, nasty little troll'], fresh: true },
  ],
});
