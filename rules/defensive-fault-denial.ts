/**
 * Flags handing the fault away from the business ("it's not a fault of the app", "that's down to
 * your handset, not us", "the sync problem isn't caused by us"): the customer hears "not our problem".
 */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';

const SOURCE = 'shared/LABELLING.md (defensive: "it\'s not an app error", argues the business did nothing wrong)';

export default lexiconRule(
  {
    id: 'defensive-fault-denial',
    category: 'defensive',
    severity: 'medium',
    message: 'Saying the fault lies elsewhere argues with the customer; say what you can do about it instead.',
  },
  [
    {
      pattern: c(`(?:it|this|that)(?:'s| is| was)(?:n't| not| in no way| (?:certainly|definitely|really|simply|absolutely) not) (?:a |an |the )?(?:fault|problem|issue|bug|error|failure) (?:of|with|from|in|on (?:the )?part of) {PRODUCT}`),
      note: 'Denies that the product is at fault.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:it|this|that)(?:'s not| is not| isn't| was not| wasn't) {PRODUCT}'s? (?:fault|problem|issue|doing|responsibility)`),
      note: 'Denies that the product is at fault.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:an? |the )?(?:issue|problem|fault|bug|limitation) (?:with|of|on|in) (?:your|the) (?:own )?(?:device|phone|settings|end|side|network|connection|browser|operating system|{THIRD}),? (?:and )?not (?:with |of |in )?(?:the |our |my )?\\w+`),
      note: 'Moves the fault to the customer\'s side and away from the product.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:is|was|are|were)(?:n't| not) (?:caused|created|triggered) by {PRODUCT}`),
      note: 'Denies causing the problem before helping with it.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:is|was|are|were)(?:n't| not) caused by (?:the |our |my )?\\w+,? but`),
      note: 'Denies causing the problem and names someone else.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:{PRODUCT}|{WE}) (?:is|are|was|were|am|'m|'re)(?:n't| not) (?:responsible|to blame|at fault|liable)(?: for)?`),
      note: 'Disclaims responsibility.',
      source: SOURCE,
    },
    {
      pattern: c(`not an? (?:issue|problem|fault|bug|error) (?:of|with|in|from|caused by) (?:the |our |my )?(?:app|application|software|product|service|hotel|us|me|[a-z]{2,3})(?= *[,.;!]|$| but)`),
      note: 'Denies the product is at fault.',
      source: SOURCE,
    },
    {
      pattern: c(`not (?:the |our |my )?(?:app|application|software|product|service|hotel|us|me|[a-z]{2,12}),? but (?:the |your |rather )?(?:\w+ )?(?:device|phone|store|app store|settings|network|connection|{THIRD})`),
      note: 'Moves the fault from the product to someone else.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|are|was|were|can|could|cannot|can't|can not|will)(?:n't| not| never)? (?:not )?(?:be )?(?:held )?responsible for (?:any|the|this|that|your|these|such)`,
      note: 'Disclaims responsibility.',
      source: SOURCE,
      notAfter: `(?:we|I|we are|I am|we're|I'm|team is|staff is|staff are|team are|hotel is|shop is|store is)`,
    },
    {
      pattern: c(`(?:is|was|are|were) (?:caused|created|triggered) by (?:your|the) (?:own )?(?:device|phone|settings|network|connection|{THIRD}),? (?:and )?not`),
      note: 'Moves the fault from the product to the customer\'s device.',
      source: SOURCE,
    },
    {
      pattern: `the (?:one )?responsible (?:for this|for that|for the|here) (?:\\w+ )?(?:is|are) (?:not )?`,
      note: 'Names who is responsible instead of helping.',
      source: SOURCE,
    },
    {
      pattern: `(?:there(?:'s| is)|(?:I|we) see) no way (?:it|this|that|the app|our app) (?:can|could|would) (?:be|have)`,
      note: 'Denies any link to the product.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we) (?:really |highly |strongly |very much )?doubt (?:that )?(?:it|this|that|the app|our app|[A-Z]\\w+)`,
      note: 'Doubts the customer\'s account.',
      source: SOURCE,
    },
  ],
);
