/**
 * Flags handing the cause to a third party ("it's due to a problem of Google which we can't influence",
 * "the ads are served by the ad network", "ask the booking site for the refund"): the customer wants
 * ownership, not a culprit. The carrier-specific wordings live in excuse-shifting.
 */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';

const SOURCE = 'shared/LABELLING.md (excuse: third party: courier, booking site, Google/Android, supplier; system limits)';

export default lexiconRule(
  {
    id: 'excuse-third-party',
    category: 'excuse',
    severity: 'medium',
    message: 'Handing the cause to someone else sounds like an excuse; say what you will do about it.',
  },
  [
    {
      pattern: c(`(?:due to|because of|caused by|the result of|a result of) (?:a |an |the |some )?(?:limitation|problem|issue|bug|restriction|change|policy|error|fault|outage|update)s? (?:of|in|with|from|by|on the side of) {THIRD}`),
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:an? |the )?(?:limitation|restriction|fault|problem|issue|outage|bug|error) of {THIRD}`),
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: `(?:which|that|what) (?:we|I) (?:can't|cannot|could not|couldn't|are unable to|have no way to|have no power to) (?:influence|control|change|affect|do anything about)`,
      note: 'Says the cause is out of the business\'s hands.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:\\w+ )?(?:(?:don't|do not|didn't|did not) have (?:any |much )?|have no )(?:control|influence|say) (?:on|over|of)`,
      note: 'Says the cause is out of the business\'s hands.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:are|is|were|was) (?:(?:entirely|solely|only|fully|completely|wholly) )?(?:provided|controlled|served|chosen|selected|handled|managed|run|set|decided|governed|dictated) (?:entirely |solely |only |fully |completely )?by {THIRD}`),
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      // The cause named after the third party ("due to an old Google sync limit", "because of Apple's new policy").
      pattern: c(`(?:due to|because of|caused by) (?:a |an |the )?(?:(?:old|new|recent|current|known|strict) )?{THIRD}(?:'s|’s)? (?:(?!\\w+ing )\\w+ ){0,2}(?:limitations?|limits?|restrictions?|polic(?:y|ies)|rules?|bugs?|issues?|problems?|outages?|changes?|updates?|requirements?)`),
      note: 'Says the cause is out of the business\'s hands.',
      source: SOURCE,
    },
    {
      pattern: c(`{THIRD} (?:is|are|was|were) (?:solely |fully )?responsible for`),
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:please )?(?:contact|ask|request|approach|write to|call) (?:the |your )?(?:ota|booking site|travel agent|travel agency|booking\\.com|expedia|agoda|bank|card issuer|manufacturer|play store|app store|google|apple|courier|carrier|post office) (?:for|to|about|regarding) (?:a |the |your )?(?:refund|compensation|money|reimbursement)`),
      note: 'Sends the customer to a third party for the refund.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:it's|it is|that's|that is|this is) (?:the |a )?{THIRD}(?:'s)? (?:fault|problem|issue|doing|policy|decision)`),
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: `(?:our|the) (?:system|software|booking system|platform|website) (?:does not|doesn't|did not|didn't|cannot|can't|will not|won't) (?:allow|support|let|permit|handle)`,
      note: 'A system limit offered as the reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:due to|because of) (?:a |an |the |some )?(?:technical|system|computer|software|server|network) (?:issue|problem|glitch|error|fault|failure|outage)s?`,
      note: 'A system fault offered as the reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:these things|mistakes|errors|delays|things like this|it) (?:can |do |will )?happen(?: (?:sometimes|occasionally|from (?:time|day) to (?:time|day)|to everyone|in any (?:business|hotel)))?(?= *[.,!;]|$)`,
      note: 'Shrugs the problem off as normal.',
      source: SOURCE,
      sentenceStart: true,
    },
    {
      pattern: `(?:we|I|the hotel) (?:were|was|are|am|is) (?:fully booked|overbooked|short[- ]staffed|understaffed|short[- ]handed)`,
      note: 'A busy reason.',
      source: SOURCE,
    },
    {
      pattern: `(?:for|at|given) the (?:price|rate|money|amount) (?:you paid|you are paying|we charge|of the room)`,
      note: 'Justifies by the price.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|are|was|were) (?:an? )?(?:old|older|heritage|historic|listed|period|budget|economy) (?:building|hotel|property|house)`,
      note: 'Justifies by the building.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|are|was|were) not (?:chosen|selected|controlled|decided|set|made|done|handled) by (?:us|me|the (?:developer|hotel|shop|store|team))`,
      note: 'Says the cause is someone else\'s doing.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:this is |which is |it is )?(?:done|dealt with|dealt|handled|decided|managed|controlled) by (?:the )?(?:provider|partner|ad network|network|{THIRD})`),
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:don't|do not|can't|cannot|can not) (?:interfere|intervene|get involved) (?:with|in)`,
      note: "Says the cause is out of the business's hands.",
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:are|am|were|was|feel) (?:helpless|powerless)`,
      note: "Says the cause is out of the business's hands.",
      source: SOURCE,
    },
    {
      pattern: `(?:is |was |are |were )?under (?:the )?(?:government|govt\\.?|council|municipal|local authority|city) (?:control|authority|rules)`,
      note: 'Names an authority as the cause.',
      source: SOURCE,
    },
  ],
);
