/** Flags arguing from a track record ("we have thousands of happy customers"): it tells this customer their problem doesn't count. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (defensive: defends its record, "thousands of happy users", "our ratings show")';
/** The people a record is made of, singular or plural. */
const PEOPLE = '(?:customer|buyer|client|guest|user|player|member|visitor|traveller|traveler|famil(?:y|ie)|diner|patron|shopper|subscriber|student|reader|tenant|passenger)s?';
/** A big count: "thousands of", "over 50,000", "more than 200". */
const MANY = '(?:(?:thousands|hundreds|millions|lots|plenty|tons|dozens) of|(?:over|more than|nearly|almost)? ?\\d[\\d,.]*k?\\+?)';
/** Who holds the record: the business or what it sells. */
const HOLDER = '(?:we|I|the (?:app|hotel|shop|store|game|product|property)|our (?:app|hotel|shop|store|game|product|property))';
/** How long, in words or digits. */
const SPAN = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|many|several|(?:over|more than|almost|nearly) (?:\\d+|two|three|four|five|ten|twenty))(?: years| decades)?|years|decades';

export default lexiconRule(
  {
    id: 'defensive-track-record',
    category: 'defensive',
    severity: 'high',
    message: "Pointing to other happy customers tells this one their problem doesn't count; deal with their case.",
  },
  [
    {
      pattern: `${HOLDER}(?: have|'ve|'ve had| have had| has| had| serve| serves| served| host| hosts| welcome| welcomes| welcomed| ship to| ships to) ${MANY} (?:happy|satisfied|repeat|other|loyal|returning|regular|delighted) ${PEOPLE}`,
      note: 'Sets a crowd of happy customers against this one.',
      source: SOURCE,
    },
    { pattern: `(?:we|I)(?: have|'ve) (?:never|not) had (?:a|any|one) (?:single )?(?:complaint|problem|issue|return)s?(?: before| until now)?`, note: 'Says the problem has never happened, so it cannot be real.', source: SOURCE },
    {
      pattern: `our (?:other |returning |regular |loyal |many )?${PEOPLE} (?:have|has|'ve) (?:never|not) (?:had|reported|raised|mentioned) (?:a|an|any|one) (?:single )?(?:complaint|problem|issue|return)s?`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      pattern: `(?:no (?:one|other customer|other buyer)|nobody|no-one) else(?: has| have| had|'s)? (?:ever |yet )?(?:complained|reported|mentioned|raised|noticed|experienced|encountered|faced|had (?:a|this|that|any|the same|such) (?:problem|issue|trouble|complaint))`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      // The other customers, negated: "our other guests did not notice any noise", "other players haven't had this".
      pattern: `(?:other|the other|our other|most|most of our|many of our)(?: other)? ${PEOPLE} (?:do not|don't|did not|didn't|have not|haven't|has not|hasn't|never) (?:ever )?(?:have|had|experience|experienced|report|reported|mention|mentioned|complain|complained|notice|noticed|face|faced|encounter|encountered|raise|raised|see|seen) (?:about |of |with )?(?:this|that|the same|such|any|an?|similar|the)\\b`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      pattern: `(?:everyone|everybody|anyone) else (?:(?:seems?|seemed|appears?|appeared) to )?(?:manages?|managed|likes?|liked|loves?|loved|enjoys?|enjoyed|(?:is|are|was|were|seems?|seemed) (?:fine|happy|satisfied|pleased|ok|okay)|(?:has|have|had) no)`,
      note: 'Sets other customers against this one.',
      source: SOURCE,
    },
    {
      pattern: `not (?:one|a single)(?: other)? ${PEOPLE}(?: else)?(?: has| have|'s)? (?:ever )?(?:complained|mentioned|reported|raised|noticed|had)`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      pattern: `you(?:'re| are) the (?:only|first) (?:one|customer|person|buyer|guest|user|player|client|traveller|visitor) (?:to|who|that)(?: has| 's)? (?:ever )?(?:complain|complained|had|has|found|finds|mentioned|reported|raised|noticed|experienced|struggled|ever)`,
      note: 'Makes the customer the odd one out.',
      source: SOURCE,
    },
    {
      pattern: `(?:every|each) other ${PEOPLE} (?:loves?|likes?|enjoys?|(?:is|was|seems|seemed) (?:happy|satisfied|pleased)|(?:has|had) no)`,
      note: 'Sets other customers against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:this|that|it)(?: has|'s) (?:never|not (?:once|ever)|not) happened (?:before|once|to us|until now|in (?:\\w+ ){1,2}years|with any other (?:customer|order|buyer|guest))`,
      note: 'Says the problem has never happened, so it cannot be real.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I)(?:'ve| have) (?:been (?:doing this |in business |selling |trading |open |running (?:\\w+ ){1,2}|developing (?:\\w+ ){1,2})|run (?:\\w+ ){1,2}|owned (?:\\w+ ){1,2})for (?:${SPAN})`,
      note: 'Experience offered as proof the customer is wrong.',
      source: SOURCE,
    },
  ],
);
