/** Flags open-ended offers ("we'll do whatever you want", "anything you like"): they give away the policy before it is stated. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (hedging: "whatever you want"); customer-service training on bounded offers';
const OFFER = 'here is what I can offer: [the option your policy allows]';
/** What a pushover hands the customer to decide. */
const TERMS = '(?:compensation|refund|amount|discount|solution|outcome|resolution|price|sum|figure|terms|offer)';

export default lexiconRule(
  {
    id: 'hedging-pushover',
    category: 'hedging',
    severity: 'high',
    message: 'An open-ended offer gives the policy away; make a clear, bounded offer instead.',
  },
  [
    {
      pattern: `(?:we|I)(?:'ll| will| can| could|'d| would|'re| are|'m| am)(?: (?:happy|willing|ready|glad|prepared) to)? do (?:absolutely )?(?:whatever|anything) (?:you (?:want|need|like|ask|say|wish|think)|it takes|to make (?:you|this|it) (?:happy|right))`,
      replacement: OFFER,
      note: 'Promises anything before saying what is possible.',
      source: SOURCE,
    },
    {
      pattern: `(?:whatever|anything) you (?:want|like|wish|prefer|decide)(?:,? (?:really|honestly))?(?= *[.!,]|$)`,
      replacement: '[the option your policy allows]',
      note: 'Hands the decision to the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:whatever|anything) you (?:decide|choose|want|prefer|think is (?:fair|best|right)) (?:is|will be) (?:fine|ok|okay|alright|acceptable|good) (?:with|for|by) (?:us|me)`,
      note: 'Hands the decision to the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:just )?(?:tell|let) (?:me|us) (?:know )?what (?:you want|would make you happy|it would take)(?: (?:me|us) to do)?`,
      replacement: OFFER,
      note: 'Asks the customer to set the terms.',
      source: SOURCE,
    },
    {
      pattern: `(?:just )?(?:tell|let) (?:me|us) (?:know )?(?:what|which|whatever|how much) (?:\\w+ )?${TERMS} you(?:'d| would)? (?:want|like|prefer|need|expect|think is (?:fair|right))`,
      note: 'Asks the customer to set the terms.',
      source: SOURCE,
    },
    {
      pattern: `(?:name|set|decide|choose|pick) (?:any|your|whatever|the) ${TERMS}`,
      sentenceStart: true,
      note: 'Asks the customer to set the terms.',
      source: SOURCE,
    },
    {
      pattern: `you (?:set|name|decide|choose|pick) the ${TERMS}`,
      note: 'Asks the customer to set the terms.',
      source: SOURCE,
    },
    {
      pattern: `(?:give|offer|pay|send) you (?:whatever|any) (?:\\w+ )?you (?:think|feel|consider) (?:is )?(?:fair|right|reasonable|appropriate)`,
      note: 'Promises anything before saying what is possible.',
      source: SOURCE,
    },
    {
      pattern: `(?:it's|it is) (?:entirely |completely |totally )?(?:your call|up to you) (?:what|how much|whether) (?:we|I)`,
      note: 'Hands the decision to the customer.',
      source: SOURCE,
    },
    {
      pattern: `anything you (?:want|need|like|ask for),? (?:it's|it is) yours`,
      note: 'Promises anything before saying what is possible.',
      source: SOURCE,
    },
    {
      pattern: `(?:you(?:'re| are) (?:always )?right|the customer is always right),? (?:whatever|of course|I'll do)`,
      replacement: '',
      note: 'Concedes before the facts are checked.',
      source: SOURCE,
    },
    {
      pattern: `(?:whatever it takes|name your price|anything you (?:want|need|like),? (?:just )?(?:say|ask|name it))`,
      note: 'Promises anything before saying what is possible.',
      source: SOURCE,
    },
    {
      pattern: `(?:and |you can )?keep (?:it|the item|them|both)(?: as well| too)?,? (?:and|plus) (?:I'll|I will|we'll|we will) (?:refund|send|give)`,
      replacement: OFFER,
      severity: 'medium',
      note: 'Gives away more than the policy before being asked.',
      source: SOURCE,
    },
  ],
);
