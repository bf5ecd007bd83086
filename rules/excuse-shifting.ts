/** Flags passing the blame to someone else ("the courier lost it", "it's out of our hands"): the customer wants ownership, not a culprit. */
import { lexiconRule } from './rule';

const CARRIER = '(?:the )?(?:courier|carrier|post office|postal service|postman|post|mailman|delivery (?:driver|company|guy)|driver|USPS|UPS|FedEx|DHL|Royal Mail|Canada Post|Australia Post|Evri|Hermes|DPD|Yodel|warehouse|supplier|manufacturer|factory|my (?:assistant|staff|employee)|our (?:staff|employee|new (?:hire|guy)))';

const NAMED_CARRIER = /^(?:the )?((?:[A-Z][\w]*|USPS|UPS|DHL|DPD)(?: [A-Z][\w]*)*) (?:must have |has |have |probably )?(lost|damaged|broke|broken|delayed|misplaced|dropped)/;

export default lexiconRule(
  {
    id: 'excuse-shifting',
    category: 'excuse',
    severity: 'medium',
    extraPatterns: [NAMED_CARRIER],
    message: 'Passing the blame to someone else sounds like an excuse; own it and say what you will do.',
  },
  [
    { pattern: `${CARRIER} (?:must have |has |have |probably )?(?:lost|damaged|broke|broken|delayed|messed up|screwed up|mishandled|misplaced|dropped) (?:it|them|your (?:order|parcel|package|item)|the (?:order|parcel|package|item))`, replacement: 'the parcel was lost or damaged in transit', note: 'Keep the fact, drop the culprit.' },
    { pattern: `(?:it|this|that)(?:'s| is| was) (?:completely |entirely |totally )?(?:out of|beyond) (?:our|my) (?:hands|control)`, replacement: 'I will do what I can from my side' },
    { pattern: `there(?:'s| is) nothing (?:we|I) (?:can|could) do(?: about (?:it|that|this))?`, replacement: 'here is what I can do' },
    { pattern: `(?:please )?(?:take|raise) (?:it|that|this) up with (?:the )?(?:courier|carrier|post office|manufacturer|USPS|UPS|FedEx|DHL|Royal Mail)`, replacement: 'I will follow this up with the carrier' },
    { pattern: `(?:blame|it's the fault of|that's the fault of) (?:the )?(?:courier|carrier|post office|postal service|manufacturer|supplier|system)` },
    { pattern: `it was (?:a|the) (?:system|computer|software|technical) (?:glitch|error|issue),? not (?:us|me)` },
    { pattern: `(?:due to|because of) circumstances (?:beyond|outside) (?:our|my) control`, replacement: '' },
    { pattern: `(?:the )?(?:post|mail|postal service|post office|couriers?|carriers?|royal mail|usps) (?:is|are) (?:so |really |very |just )?(?:slow|terrible|unreliable|useless|a nightmare|hopeless)(?: (?:these days|at the moment|right now|lately))?`, replacement: '' },
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
