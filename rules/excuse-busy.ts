/** Flags self-justification ("we were very busy", "we're a small business"): the customer hears reasons instead of ownership. */
import { lexiconRule } from './rule';

/** The time phrase and connective that hang off an excuse ("last week, so", "for most of the month"). */
const EXCUSE_TAIL =
  /^(?:\s+(?:(?:for|over|during|since|in) (?:most of |much of )?)?(?:last|this|that|the|past|these) (?:\w+ )?(?:weekend|weeks|week|months|month|year|season|days|launch|holidays|period)\b|\s+(?:lately|recently|at the moment|right now|these days|today|yesterday))?(?:,?\s+(?:so|and|which is why|that's why|that is why|hence)\b)?/i;

const SOURCE = 'shared/LABELLING.md (excuse: busy season, small/one-person team, staff shortage)';
/** Who is busy: the business, a team or a department of it. */
const WHO = '(?:we|I|support|our (?:\\w+ )?(?:team|staff|desk|kitchen|crew|developers?|reception|housekeeping)|the (?:\\w+ )?(?:team|staff|desk|kitchen|crew|reception|housekeeping))';
/** Being busy, in many words. */
const BUSY =
  '(?:busy|swamped|slammed|overwhelmed|overloaded|overstretched|stretched thin|flooded|inundated|snowed under|run off our feet|rushed off (?:my|our) feet|flat out|short[- ]staffed|understaffed|short[- ]handed)(?: with (?:\\w+ ){0,2}(?:orders|bookings|guests|requests|emails|messages|work|tickets|reviews))?';
/** A small outfit: "a small business", "a family hotel", "a team of two". */
const SMALL_KIND = '(?:business|shop|store|company|team|operation|seller|hotel|guesthouse|b&b|developer|studio|app|property)';

export default lexiconRule(
  {
    id: 'excuse-busy',
    category: 'excuse',
    severity: 'medium',
    extraPatterns: [EXCUSE_TAIL],
    message: 'Explaining how busy or small you are sounds like an excuse; own the delay and say what happens next.',
  },
  [
    {
      pattern: `${WHO}(?:'ve| have| has)? (?:been|were|was|are|is|'re|'m|am) (?:\\w+ly |very |so |super |quite )?${BUSY}`,
      replacement: '',
      note: 'Being busy is the business\'s problem, not the customer\'s.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I)(?:'re| are|'m| am) (?:just |only )?(?:a|one) (?:(?:small|tiny|little|one[- ]person|family(?:[- ]run)?|two[- ]person|independent|local) ){1,3}(?:business|shop|store|company|team|operation|seller|bakery|studio|workshop|brand|guesthouse|b&b|restaurant|caf[eé]|hotel|developer)`,
      replacement: '',
      note: 'Size offered as a reason for poor service.',
      source: SOURCE,
    },
    {
      pattern: `as (?:just |only )?(?:a|an) (?:small|tiny|little|one[- ]person|family(?:[- ]run)?|independent|two[- ]person)(?: \\w+)? ${SMALL_KIND}`,
      replacement: '',
      note: 'Size offered as a reason for poor service.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I)(?:'re| are|'m| am) (?:just |only )?(?:a (?:team|staff|crew) of (?:just |only )?|(?:just |only ))(?:one|two|three|four|[1-4]) (?:people|persons|developers|staff|of us)?`,
      replacement: '',
      note: 'Size offered as a reason for poor service.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we) (?:run|build|develop|make|maintain|manage) (?:this|the|our|my) (?:\\w+ )?(?:app|shop|store|hotel|business|game|site|guesthouse|b&b|extension) (?:on (?:my|our) own|alone|by (?:myself|ourselves)|single-handedly|as a hobby|in (?:my|our) (?:spare|free) time)(?: in the (?:evenings|mornings)| at weekends| after work)?`,
      replacement: '',
      note: 'A one-person team offered as a reason for poor service.',
      source: SOURCE,
    },
    { pattern: `(?:I|we)(?:'m| am|'re| are) only human`, replacement: '', note: 'Asks for sympathy instead of owning the slip.', source: SOURCE },
    { pattern: `(?:I|we) (?:only|just) have (?:two|2) hands`, replacement: '', note: 'Asks for sympathy instead of owning the slip.', source: SOURCE },
    {
      pattern: `(?:I|we)(?: was| were| have been|'ve been| had been) (?:sick|ill|unwell|away|on holiday|on vacation|travell?ing|moving house)`,
      replacement: '',
      severity: 'low',
      note: 'A personal reason offered in place of ownership.',
      source: SOURCE,
    },
    {
      pattern: `(?:it|things)(?:'s| is| has been| was) (?:been )?(?:crazy|hectic|mad|chaos|chaotic|manic) (?:here|lately|this week|at the moment|right now)`,
      replacement: '',
      note: 'Being busy is the business\'s problem, not the customer\'s.',
      source: SOURCE,
    },
    {
      pattern: `(?:it's|it is|it was) (?:the |our )?(?:holiday|christmas|busy|peak|festive|high|summer)(?: \\w+)? (?:season|period|rush)`,
      replacement: '',
      note: 'The season offered as a reason for poor service.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:had|have|'ve had|have had) (?:a )?(?:staff shortage|family emergency|lot going on|lot on (?:my|our) plate|lot of orders)`,
      replacement: '',
      severity: 'low',
      note: 'A staffing or personal reason offered in place of ownership.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:had|have|'ve had|have had) (?:\\w+|a few|several|some) (?:staff|people|employees|team members|cleaners|chefs|drivers|colleagues)(?: members)? (?:off sick|out sick|off|away|on leave|ill|missing)`,
      replacement: '',
      severity: 'low',
      note: 'A staffing reason offered in place of ownership.',
      source: SOURCE,
    },
  ],
  undefined,
  (m, ctx) => {
    // Drop the excuse with its time phrase and the "so" that hangs off it; the fact after it stays.
    const tail = EXCUSE_TAIL.exec(ctx.text.slice(m.end));
    return { end: m.end + (tail ? tail[0].length : 0), replacement: '' };
  },
);
