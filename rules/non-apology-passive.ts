/** Flags apologies with no one doing anything ("mistakes were made", "it is regrettable"): ownership goes missing. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (non-apology: distancing apology wording); plain-language guidance on the passive voice';

export default lexiconRule(
  {
    id: 'non-apology-passive',
    category: 'non-apology',
    severity: 'high',
    message: 'An apology where nobody did anything avoids ownership; say what went wrong and that you are sorry.',
  },
  [
    {
      pattern: `(?:mistakes|errors|a mistake|an error|some (?:mistakes|errors))(?: \\w+ly)? (?:were|was|have been|has been|may have been)(?: \\w+ly)? made`,
      replacement: 'I made a mistake',
      note: 'Passive voice hides who made the mistake.',
      source: SOURCE,
    },
    {
      pattern: `(?:it is|it's|it was) (?:\\w+ )?(?:regrettable|unfortunate|a (?:shame|pity)) (?:that|if) (you|your)`,
      replacement: "I'm sorry that $1",
      note: 'Calls it unfortunate instead of saying sorry.',
      source: SOURCE,
    },
    {
      pattern: `the ((?:\\w+ )?(?:delay|mistake|error|mix-up|mixup|oversight|situation|incident|wait|noise|outage|crash)) (?:is|was) (?:most |very |really |\\w+ly )?(?:regrettable|unfortunate)`,
      replacement: "I'm sorry for the $1",
      note: 'Calls it unfortunate instead of saying sorry.',
      source: SOURCE,
    },
    { pattern: `(?:we|I) (?:\\w+ly )?regret (?:any|that you feel)`, replacement: "I'm sorry for the", note: 'Regret for "any" problem doubts there was one.', source: SOURCE },
    {
      pattern: `(?:I'm|I am|we're|we are) sorry (?:for|about) what (?:happened|occurred)(?=,? but\\b)`,
      note: 'Sorry for "what happened", then a "but": nobody did anything.',
      source: SOURCE,
    },
  ],
);
