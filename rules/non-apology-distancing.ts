/**
 * Flags apologies that keep their distance ("sorry you didn't like the app", "apologies the app wasn't
 * for you", "sorry for any inconvenience", "we regret the trouble you may have faced"): sorry for the
 * customer's reaction, or for a trouble that may not exist, is not an apology.
 */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';
import { APOLOGY_LEAD } from './lexicon/classes';


const SOURCE = 'shared/LABELLING.md (non-apology: "sorry you feel…", "sorry for any inconvenience", "sorry you didn\'t like the app")';

export default lexiconRule(
  {
    id: 'non-apology-distancing',
    category: 'non-apology',
    severity: 'medium',
    message: 'This apologises for the customer\'s reaction or a maybe, not for what went wrong; say sorry for the actual problem.',
    extraPatterns: [APOLOGY_LEAD],
  },
  [
    {
      pattern: c(`{SORRY_WORD} (?:to hear )?(?:that )?(?:you )?(?:didn't|did not|don't|do not|weren't able to|could not|couldn't) (?:like|enjoy|love|appreciate|find (?:it|the app|our app) (?:useful|helpful|easy))`),
      note: 'Sorry for the customer\'s taste, not for a fault.',
      source: SOURCE,
    },
    {
      pattern: c(`{SORRY_WORD} (?:to hear )?(?:that )?you (?:dislike|disliked|hate|hated|(?:are not|were not|aren't|weren't) (?:happy|satisfied) with)`),
      note: 'Sorry for the customer\'s taste, not for a fault.',
      source: SOURCE,
    },
    {
      pattern: c(`{SORRY_WORD} (?:to hear )?(?:that )?(?:the |my |our |this )?(?:app|application|product|hotel|game|tool|service|design|item|it|\\w+) (?:was|is|wasn't|isn't|was not|is not|turned out|did not turn out|didn't turn out)(?: not)? (?:to be )?(?:(?:right |suitable |a (?:good )?fit )?for you|your (?:cup of tea|thing|style)|to your (?:taste|liking)|(?:too )?(?:complicated|hard|difficult|confusing) for you|what you (?:expected|wanted|were looking for))`),
      note: 'Sorry for the customer\'s fit, not for a fault.',
      source: SOURCE,
    },
    {
      pattern: c(`{SORRY_WORD} (?:to hear )?(?:that )?(?:the |my |our |this )?(?:app|application|product|hotel|stay|game|it) (?:has )?disappointed you`),
      note: 'Sorry for the customer\'s reaction.',
      source: SOURCE,
    },
    {
      pattern: `(?:it(?:'s| is)|that(?:'s| is)) not (?:your|everyone's) cup of tea`,
      note: 'Puts the complaint down to taste.',
      source: SOURCE,
    },
    {
      pattern: c(`{SORRY_WORD} (?:to hear )?(?:that )?you (?:felt|feel|were made to feel|got the (?:impression|feeling))`),
      note: 'Sorry for the customer\'s feeling, not for its cause.',
      source: SOURCE,
    },
    {
      pattern: c(`{SORRY_WORD} (?:to hear )?(?:that )?(?:you felt|you feel|you thought|you think) (?:that )?(?:the|our|my)`),
      note: 'Sorry for the customer\'s perception.',
      source: SOURCE,
    },
    {
      pattern: c(`{SORRY_WORD} (?:for|about) any (?:inconvenience|trouble|issues?|problems?|confusion|frustration|disappointment|discomfort)`),
      note: '"Any" makes the trouble hypothetical; mild on its own.',
      source: SOURCE,
      severity: 'low',
    },
    {
      pattern: c(`{SORRY_WORD} (?:that )?you (?:chose|decided|have chosen|have decided|opted|felt the need) to`),
      note: 'Regrets the customer\'s choice, not a fault.',
      source: SOURCE,
    },
    {
      pattern: `(?:inconvenience|trouble|discomfort|issues?) (?:which|that)? ?you (?:may|might|could) have (?:faced|experienced|had|felt|suffered|encountered)`,
      note: 'The trouble is only a maybe.',
      source: SOURCE,
    },
  ],
  undefined,
  // The span takes the words that lead into the apology ("We're so sorry you…", "My apologies if…").
  (m, ctx) => {
    const lead = APOLOGY_LEAD.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
    return lead ? { start: m.start - lead[0].length } : undefined;
  },
);
