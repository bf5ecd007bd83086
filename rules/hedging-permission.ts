/** Flags asking permission for your own decision ("if that's alright", "I hope that's okay"): it invites the customer to say no. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (hedging: "if that\'s okay"); Just Not Sorry';
/** Words for "acceptable to you". */
const OK = '(?:ok|okay|alright|all right|fine|acceptable)';
/** A trailing "but" that goes with a disclaimer ("I might be wrong, but …"). */
const BUT = '(?:,? but)?';

export default lexiconRule(
  {
    id: 'hedging-permission',
    category: 'hedging',
    severity: 'medium',
    message: 'Asking permission for your own decision invites the customer to argue; state it plainly.',
  },
  [
    {
      pattern: `if (?:that's|that is|this is|it's|it is) (?:${OK}|not too (?:much (?:\\w+ )?(?:trouble|bother|hassle|work)|much to ask|inconvenient))(?: with you)?`,
      replacement: '',
      note: 'Asks leave for what you have already decided.',
      source: SOURCE,
    },
    {
      pattern: `if (?:that|this) suits you|if you(?:'re| are) (?:happy|ok|okay|alright|fine|comfortable) with (?:that|this|it)`,
      replacement: '',
      note: 'Asks leave for what you have already decided.',
      source: SOURCE,
    },
    { pattern: `if (?:you don't|you do not) mind`, replacement: '', note: 'Asks leave for an ordinary request.', source: SOURCE },
    { pattern: `(?:I|we) hope (?:that's|that is|this is|it's|it is) ${OK}(?: (?:with|for|by) you)?`, replacement: '', note: 'Asks leave for what you have already decided.', source: SOURCE },
    { pattern: `(?:is|would) (?:that|this) be ${OK}(?: with you)?`, replacement: '', note: 'Asks leave for what you have already decided.', source: SOURCE },
    {
      pattern: `(?:would|is) it be ${OK} if (?:I|we)|is it ${OK} (?:with|for) you if (?:I|we)`,
      note: 'Asks leave for what you have already decided.',
      source: SOURCE,
    },
    {
      pattern: `sorry to (?:bother|trouble|pester|disturb|interrupt|chase) you(?: (?:again|once more))?${BUT}`,
      replacement: '',
      note: 'Apologises for doing your job.',
      source: 'Just Not Sorry',
    },
    {
      pattern: `I (?:hate to|(?:don't|do not) (?:want|mean) to) (?:ask|bother you|trouble you|nag|chase|be a (?:pain|nuisance|bother))${BUT}`,
      replacement: '',
      note: 'Apologises for doing your job.',
      source: 'Just Not Sorry',
    },
    { pattern: `(?:I'm|I am) no expert,? but`, replacement: '', note: 'Undermines what you are about to say.', source: 'Just Not Sorry' },
    { pattern: `(?:hopefully|I hope) (?:that's|that is|this is) (?:ok|okay|alright|all right|fine)`, replacement: '', note: 'Asks leave for what you have already decided.', source: SOURCE },
    {
      pattern: `(?:does|would) (?:that|this) (?:sound|be) ${OK}(?: (?:to|with|for) you)?`,
      replacement: '',
      note: 'Asks leave for what you have already decided.',
      source: SOURCE,
    },
    { pattern: `(?:sorry to ask|just a thought)`, replacement: '', note: 'Undermines what you are about to say.', source: 'Just Not Sorry' },
    {
      pattern: `I (?:might|could|may) be (?:wrong|mistaken)${BUT}`,
      replacement: '',
      note: 'Undermines what you are about to say.',
      source: 'Just Not Sorry',
    },
    { pattern: `I was (?:just )?wondering if(?: (?:maybe|possibly|perhaps))?`, replacement: '', note: 'A roundabout way into a plain request.', source: SOURCE },
  ],
);
