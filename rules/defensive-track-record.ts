/** Flags arguing from a track record ("we have thousands of happy customers"): it tells this customer their problem doesn't count. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (defensive: defends its record, "thousands of happy users", "our ratings show")';
/** The people a record is made of, singular or plural. */
const PEOPLE = '(?:customer|buyer|client|guest|user|player|member|visitor|traveller|traveler|famil(?:y|ie))s?';
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
    { pattern: `(?:no (?:one|other customer|other buyer)|nobody) else(?: has|'s) (?:ever )?(?:complained|had (?:a|this|that|any) (?:problem|issue))`, note: 'Says nobody else has had this problem.', source: SOURCE },
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
