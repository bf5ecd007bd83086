/** Flags asking permission for your own decision ("if that's alright", "I hope that's okay"): it invites the customer to say no. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'hedging-permission',
    category: 'hedging',
    severity: 'medium',
    message: 'Asking permission for your own decision invites the customer to argue; state it plainly.',
  },
  [
    { pattern: `if (?:that's|that is|this is|it's|it is) (?:ok|okay|alright|all right|fine|acceptable|not too much (?:trouble|to ask))(?: with you)?`, replacement: '' },
    { pattern: `if (?:you don't|you do not) mind`, replacement: '' },
    { pattern: `(?:I|we) hope (?:that's|that is|this is|it's|it is) (?:ok|okay|alright|all right|fine|acceptable)(?: (?:with|for|by) you)?`, replacement: '' },
    { pattern: `(?:is|would) (?:that|this) be (?:ok|okay|alright|all right|acceptable)(?: with you)?`, replacement: '' },
    { pattern: `sorry to (?:bother|trouble|pester) you(?: (?:again|once more))?`, replacement: '' },
    { pattern: `I (?:hate to|don't want to) (?:ask|bother you|be a (?:pain|nuisance|bother))`, replacement: '' },
    { pattern: `(?:I'm|I am) no expert,? but`, replacement: '' },
    { pattern: `(?:hopefully|I hope) (?:that's|that is|this is) (?:ok|okay|alright|all right|fine)`, replacement: '' },
    { pattern: `(?:does|would) (?:that|this) (?:sound|be) (?:ok|okay|alright|all right|fine|acceptable)(?: (?:to|with|for) you)?`, replacement: '' },
    { pattern: `(?:sorry to ask|I (?:might|could) be wrong,? but|I might be wrong|I could be wrong|just a thought)`, replacement: '' },
    { pattern: `I was (?:just )?wondering if(?: (?:maybe|possibly|perhaps))?`, replacement: '' },
  ],
);
