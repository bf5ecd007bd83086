/** Flags open-ended offers ("we'll do whatever you want", "anything you like"): they give away the policy before it is stated. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'hedging-pushover',
    category: 'hedging',
    severity: 'high',
    message: 'An open-ended offer gives the policy away; make a clear, bounded offer instead.',
  },
  [
    { pattern: `(?:we|I)(?:'ll| will| can| could|'d| would| are happy to|'re happy to|'m happy to| am happy to) do (?:absolutely )?(?:whatever|anything) (?:you (?:want|need|like|ask|say|wish|think)|it takes|to make (?:you|this|it) (?:happy|right))`, replacement: 'here is what I can offer: [the option your policy allows]' },
    { pattern: `(?:whatever|anything) you (?:want|like|wish|prefer|decide)(?:,? (?:really|honestly))?(?= *[.!,]|$)`, replacement: '[the option your policy allows]' },
    { pattern: `(?:just )?(?:tell|let) (?:me|us) (?:know )?what (?:you want|would make you happy|it would take)(?: (?:me|us) to do)?`, replacement: 'here is what I can offer: [the option your policy allows]' },
    { pattern: `(?:you(?:'re| are) (?:always )?right|the customer is always right),? (?:whatever|of course|I'll do)`, replacement: '' },
    { pattern: `(?:whatever it takes|name your price|anything you (?:want|need|like),? (?:just )?(?:say|ask|name it))` },
    { pattern: `(?:and |you can )?keep (?:it|the item|them|both)(?: as well| too)?,? (?:and|plus) (?:I'll|I will|we'll|we will) (?:refund|send|give)`, replacement: 'here is what I can offer: [the option your policy allows]', severity: 'medium' },
  ],
);
