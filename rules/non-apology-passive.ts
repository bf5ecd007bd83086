/** Flags apologies with no one doing anything ("mistakes were made", "it is regrettable"): ownership goes missing. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'non-apology-passive',
    category: 'non-apology',
    severity: 'high',
    message: 'An apology where nobody did anything avoids ownership; say what went wrong and that you are sorry.',
  },
  [
    { pattern: `(?:mistakes|errors|a mistake|an error) (?:were|was|have been|has been|may have been) made`, replacement: 'I made a mistake' },
    { pattern: `(?:it is|it's) (?:regrettable|unfortunate) (?:that you|if you)`, replacement: "I'm sorry that you" },
    { pattern: `(?:we|I) regret (?:any|that you feel)`, replacement: "I'm sorry for the" },
    { pattern: `(?:I'm|I am|we're|we are) sorry (?:for|about) what (?:happened|occurred)(?=,? but\\b)` },
  ],
);
