/** Flags passing the blame to someone else ("the courier lost it", "it's out of our hands"): the customer wants ownership, not a culprit. */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';

const CARRIER = '(?:the )?(?:courier|carrier|post office|postal service|postman|post|mailman|delivery (?:driver|company|guy)|driver|USPS|UPS|FedEx|DHL|Royal Mail|Canada Post|Australia Post|Evri|Hermes|DPD|Yodel|warehouse|supplier|wholesaler|distributor|printer|vendor|manufacturer|factory|my (?:assistant|staff|employee)|our (?:staff|employee|new (?:hire|guy)))';

const NAMED_CARRIER = /^(?:the )?((?:[A-Z][\w]*|USPS|UPS|DHL|DPD)(?: [A-Z][\w]*)*) (?:must have |has |have |probably )?(lost|damaged|broke|broken|delayed|misplaced|dropped)/;

const SOURCE = 'shared/LABELLING.md (excuse: third party: courier, booking site, supplier)';
/** Someone the business hires: the usual culprit in a shifted excuse. */
const CONTRACTOR =
  '(?:the |our )?(?:cleaning|laundry|catering|security|maintenance|delivery|payment|hosting|booking|ad|IT|building) (?:company|firm|contractor|service|partner|agency|provider|processor|platform|team|network)(?: (?:we|I) (?:use|hire|work with|rely on))?';
/** Outsiders a business hands a matter to. */
const OUTSIDER = c(`(?:{THIRD}|${CONTRACTOR})`);

export default lexiconRule(
  {
    id: 'excuse-shifting',
    category: 'excuse',
    severity: 'medium',
    extraPatterns: [NAMED_CARRIER],
    message: 'Passing the blame to someone else sounds like an excuse; own it and say what you will do.',
  },
  [
    {
      pattern: `${CARRIER} (?:must have |has |have |probably )?(?:lost|damaged|broke|broken|delayed|messed up|screwed up|mishandled|misplaced|dropped) (?:it|them|your (?:order|parcel|package|item)|the (?:order|parcel|package|item))`,
      replacement: 'the parcel was lost or damaged in transit',
      note: 'Keep the fact, drop the culprit.',
      source: SOURCE,
    },
    {
      pattern: `${CARRIER}(?: (?:staff|team|workers|guys|people|crew))? (?:must have |has |have |probably )?(?:mixed up|mislabell?ed|misrouted|mislaid|swapped|forgot|packed|shipped|sent) (?:us |me )?(?:the |your |a )?(?:wrong )?(?:labels?|items?|orders?|parcels?|address|sizes?|batch(?:es)?|stock|colou?rs?|models?|parts?|products?)`,
      note: 'Names a culprit instead of owning the mistake.',
      source: SOURCE,
    },
    {
      pattern: `${CONTRACTOR} (?:must have |has |have |probably )?(?:missed|forgot|skipped|lost|damaged|broke|caused|created|triggered|introduced|messed up|mixed up)`,
      note: 'Names a contractor as the culprit; the customer dealt with you.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:{THIRD})(?:'s)? (?:\\w+ )?(?:process|review|approval|policy|rules|servers?|outage|update|system) (?:is |was )?(?:what )?(?:delayed|caused|broke|blocked|held up|stopped)`),
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:google|apple|microsoft|amazon|paypal|stripe|courier|carrier|bank|provider|supplier|host|processor|partner|platform|airline|booking site|ad network)(?:'s)? (?:\\w+ )?(?:had|has had|suffered|was having|experienced) (?:an? |some |a (?:major|big|huge|brief) )?(?:outage|glitch|breakdown|backlog|system (?:failure|error)|technical (?:issue|problem|fault))s?`),
      note: 'Hands the cause to a third party\'s failure.',
      source: SOURCE,
    },
    {
      pattern: `(?:that|this|it)(?:'s| is| was) (?:a (?:matter|question|problem|issue) for|(?:up|down) to|the responsibility of) ${OUTSIDER}`,
      note: 'Hands the matter to someone else.',
      source: SOURCE,
    },
    {
      pattern: `(?:the )?(?:fault|blame|problem|responsibility)(?: here)? (?:lies|lay|rests|is|was) (?:entirely |solely |squarely )?with ${OUTSIDER}`,
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: `(?:delivery (?:times|dates|estimates)|(?:the )?(?:delays?|tracking|transit times?|shipping times?)) (?:are|is|were|was) (?:set|decided|controlled|handled|determined) (?:entirely |solely )?by (?:the |your )?(?:courier|carrier|post office|postal service|royal mail|usps|ups|fedex|dhl|dpd|evri|airline|booking site|platform|bank)`,
      note: 'Names a third party as the cause.',
      source: SOURCE,
    },
    {
      pattern: `(?:it|this|that)(?:'s| is| was) (?:completely |entirely |totally )?(?:out of|beyond) (?:our|my) (?:hands|control)`,
      replacement: 'I will do what I can from my side',
      note: 'Says nothing can be done; say what you can do.',
      source: SOURCE,
    },
    {
      pattern: `there(?:'s| is) nothing (?:we|I) (?:can|could) do(?: about (?:it|that|this))?`,
      replacement: 'here is what I can do',
      note: 'Says nothing can be done; say what you can do.',
      source: SOURCE,
    },
    {
      pattern: `nothing (?:more |else )?(?:can|could) be done(?: (?:on|from) (?:our|my) (?:side|end))?`,
      note: 'Says nothing can be done; say what you can do.',
      source: SOURCE,
    },
    {
      pattern: `(?:please )?(?:take|raise) (?:it|that|this) up with (?:the )?(?:courier|carrier|post office|manufacturer|USPS|UPS|FedEx|DHL|Royal Mail)`,
      replacement: 'I will follow this up with the carrier',
      note: 'Sends the customer away to chase someone else.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:blame|it's the fault of|that's the fault of) (?:(?:the )?(?:courier|carrier|post office|postal service|manufacturer|supplier|system)|{THIRD})`),
      note: 'Names a culprit instead of owning the problem.',
      source: SOURCE,
    },
    {
      pattern: `it was (?:a|the) (?:system|computer|software|technical) (?:glitch|error|issue),? not (?:us|me)`,
      note: 'Blames the system and denies a part in it.',
      source: SOURCE,
    },
    {
      pattern: `(?:due to|because of) circumstances (?:beyond|outside) (?:our|my) control`,
      replacement: '',
      note: 'A vague outside cause in place of ownership.',
      source: SOURCE,
    },
    {
      pattern: `(?:the )?(?:post|mail|postal service|post office|couriers?|carriers?|royal mail|usps) (?:is|are) (?:so |really |very |just )?(?:slow|terrible|unreliable|useless|a nightmare|hopeless)(?: (?:these days|at the moment|right now|lately))?`,
      replacement: '',
      note: 'Complains about the carrier instead of helping.',
      source: SOURCE,
    },
  ],
  undefined,
  (m) => {
    // Keep the fact and the carrier's name; drop the finger-pointing.
    const named = NAMED_CARRIER.exec(m.text);
    if (!named || /^(?:The|My|Our)$/.test(named[1])) return undefined;
    const what = { lost: 'lost', misplaced: 'lost', delayed: 'delayed' }[named[2]] ?? 'damaged';
    return { replacement: `the parcel was ${what} in transit with ${named[1]}` };
  },
);
