/** Flags denying and arguing back ("it's not our fault", "that's simply not true"): the customer hears "you're wrong". */
import { lexiconRule } from './rule';

const BE = "(?:'s|'re| is| are| was| were)";
const SOURCE = 'shared/LABELLING.md (defensive: disputes or denies the customer\'s account, argues the business did nothing wrong)';
/** The business, or someone speaking for it, as the subject of a denial. */
const SIDE = '(?:we|I|our (?:staff|team|driver|receptionist|cleaners?|app|system|software)|the (?:staff|team|hotel|shop|store|app|system|company|management))';
/** What the customer wrote, named as the thing that is wrong. */
const ACCOUNT = '(?:your|this|that|the) (?:review|claim|complaint|comment|statement|account|description|story|version of events|allegation|accusation|feedback)s?';
/** What the business sells or runs. */
const OURS = '(?:the|our|this) (?:app|application|software|program|site|website|system|product|item|service|device|feature|sync|room|hotel|heating|air ?con(?:ditioning)?|wi-?fi)';
/** Where a business says the fault is not: its own side. */
const OUR_SIDE = '(?:on our (?:end|side)|for (?:everyone|everybody|us|all (?:our |other )?(?:users|guests|customers|buyers))|for (?:other|our other) (?:users|guests|customers|buyers)|in (?:all )?our tests)';

export default lexiconRule(
  {
    id: 'defensive-denial',
    category: 'defensive',
    severity: 'high',
    message: 'Denying fault argues with the customer; acknowledge what they experienced, then explain the facts.',
  },
  [
    {
      pattern: `(?:it|this|that)${BE} (?:(?:simply|really|certainly|definitely|surely|just|absolutely|also) )?(?:not|never|hardly|not really|not exactly|in no way) (?:our|my|the seller's|the shop's|the store's) (?:fault|problem|responsibility|issue|mistake|job|concern)`,
      replacement: '',
      note: 'Denying fault puts the customer on the defensive.',
      source: SOURCE,
    },
    { pattern: `(?:it|this|that)${BE}n't (?:our|my) (?:fault|problem|responsibility|issue|mistake)`, replacement: '', note: 'Denying fault puts the customer on the defensive.', source: SOURCE },
    {
      pattern: `(?:we|I)(?:'re| are|'m| am) not (?:to blame|at fault|responsible for (?:this|that|the (?:delay|damage|loss)))`,
      replacement: '',
      note: 'Denying fault puts the customer on the defensive.',
      source: SOURCE,
    },
    {
      pattern: `${SIDE}(?:'re| are|'m| am| is| were| was) (?:(?:in|by) no (?:way|means)|not (?:in any way|at all)|(?:absolutely|certainly) not) (?:to blame|at fault|responsible|liable)`,
      note: 'A flat denial of any responsibility.',
      source: SOURCE,
    },
    { pattern: `(?:we|I) (?:did|have done) nothing wrong`, note: 'Argues the business did nothing wrong.', source: SOURCE },
    {
      pattern: `${SIDE} (?:did|has done|have done|'ve done|'s done) (?:absolutely )?nothing (?:wrong|incorrect)|${SIDE} made no (?:mistakes?|errors?)`,
      note: 'Argues the business did nothing wrong.',
      source: SOURCE,
    },
    { pattern: `not (?:my|our) problem`, severity: 'high', note: 'Refuses the problem outright.', source: SOURCE },
    {
      pattern: `(?:that|this|it)${BE} (?:simply |just |absolutely |completely |totally )?(?:not true|untrue|false|a lie)`,
      note: 'Calls the customer\'s account false.',
      source: SOURCE,
    },
    {
      pattern: `${ACCOUNT} (?:is|are|was|were) (?:simply |just |absolutely |completely |totally |entirely |factually )?(?:not (?:true|accurate|correct|fair)|untrue|false|inaccurate|incorrect|misleading|wrong|baseless|unfounded)`,
      note: 'Calls the customer\'s account false.',
      source: SOURCE,
    },
    {
      pattern: `what you (?:describe|described|say|said|claim|claimed|wrote|write|mention|mentioned|allege|alleged) (?:never happened|did not happen|didn't happen|(?:is|was) (?:simply )?(?:not true|not accurate|untrue|false|inaccurate|incorrect))`,
      note: 'Calls the customer\'s account false.',
      source: SOURCE,
    },
    { pattern: `(?:that|this)(?: (?:simply|just|really|certainly|clearly))?${BE} (?:(?:simply|just|absolutely|certainly|definitely|really|clearly) )?(?:not|never) what happened`, note: 'Disputes the customer\'s account.', source: SOURCE },
    {
      // "Not a bug but a feature": the product doing what it was made to do.
      pattern: `(?:works|worked|is working|functions|behaves|is behaving) (?:exactly |just |perfectly )?as (?:designed|intended|it was (?:designed|meant) to)(?! (?:now|again))`,
      note: 'Says the product is fine, so the complaint is wrong.',
      source: SOURCE,
    },
    {
      pattern: `${OURS} (?:is |was )?(?:working|works|worked|functions|functioned|runs|ran) (?:perfectly |absolutely |completely |just )?(?:fine|well|correctly|normally|as (?:intended|expected|designed)) ${OUR_SIDE}`,
      note: 'Says the product works, so the customer must be wrong.',
      source: 'shared/LABELLING.md (defensive: "the app works fine")',
    },
    {
      pattern: `(?:it|this|that)(?:'s| is| was)(?: not|n't) (?:an? |any )?(?:(?:app|software|system|technical|product|server) (?:bug|error|fault|defect|problem|issue)|bug|defect|malfunction)`,
      note: 'Denies there is a fault before looking into it.',
      source: 'shared/LABELLING.md (defensive: "it\'s not an app error")',
    },
    {
      pattern: `(?:the )?(?:room|apartment|unit|bathroom|car|item|product|parcel|package|order|device) (?:was|were) (?:spotless|perfect|fine|flawless|immaculate|clean|undamaged|in (?:perfect|good|working) (?:condition|order)) (?:when|before) you (?:checked in|arrived|collected it|received it|got it|moved in)`,
      note: 'Argues the customer\'s account against the business\'s.',
      source: SOURCE,
    },
    {
      pattern: `${SIDE} (?:followed|applied|complied with|stuck to|kept to|acted (?:according to|in line with)) (?:the |our |all )?(?:standard |usual |booking |cancellation |refund |check-in |safety |house |company )?(?:procedures?|polic(?:y|ies)|rules|protocols?|process(?:es)?|terms) (?:(?:to|by) the (?:letter|book)|correctly|exactly|properly|fully|precisely)`,
      note: 'Insists on procedure as a rebuttal.',
      source: 'shared/LABELLING.md (defensive: insists policy/procedure was followed as a rebuttal)',
    },
    { pattern: `(?:that's|that is) not how (?:it|this|things) works?`, replacement: 'here is how it works', note: 'Corrects the customer instead of explaining.', source: SOURCE },
    {
      pattern: `I (?:don't|do not|fail to) see (?:what|where) the (?:problem|issue) is`,
      replacement: 'I want to understand the problem',
      note: 'Dismisses the problem as invisible.',
      source: SOURCE,
    },
    {
      pattern: `there(?:'s| is) nothing wrong with (?:the|your|our|my|this|that) (?:item|product|order|parcel|package|listing|description|service)`,
      replacement: 'I checked the item before it shipped',
      note: 'Denies the problem the customer reports.',
      source: SOURCE,
    },
    {
      // Whatever the thing: "nothing is wrong with the kettle", "there was nothing wrong with it". After the
      // entry above, which the alternation must try first: it carries a fix for goods.
      pattern: `(?:there(?:'s| is| was)|nothing(?:'s| is| was)) (?:absolutely |really |actually |simply |honestly )?(?:nothing )?wrong with (?:the|our|this|that|it|my)\\b`,
      note: 'Denies the problem the customer reports.',
      source: SOURCE,
    },
    {
      // The business's own side declared clean: "we found no errors in our logs", "all looks normal at our end".
      pattern: `(?:(?:there(?:'s| is| was| were| are)|(?:we|I) (?:found|find|see|saw|could find|can find|can see|could see)) (?:absolutely )?no (?:problems?|issues?|faults?|errors?|bugs?|outages?) (?:on|at|from|in) (?:our|my) (?:side|end|servers?|system|records?|logs?)|(?:everything|all|it)(?:'s| is| was| looks| looked| seems| seemed) (?:fine|ok|okay|normal|in order|correct) (?:on|at|from) (?:our|my) (?:side|end))`,
      note: 'Denies the problem the customer reports.',
      source: SOURCE,
    },
    { pattern: `(?:we|I) (?:stand by|will not apologi[sz]e for|won't apologi[sz]e for) (?:our|my|what)`, severity: 'medium', note: 'Refuses to give ground.', source: SOURCE },
    { pattern: `with all due respect`, replacement: '', severity: 'medium', note: 'Signals disagreement before it is said.', source: 'customer-service training' },
    { pattern: `(?:don't|do not|you can't|you cannot|you shouldn't) blame (?:me|us|the (?:shop|seller|store))`, note: 'Pushes the blame back.', source: SOURCE },
    {
      pattern: `(?:it|the item|the parcel|the package|everything|the order) was (?:perfect|fine|flawless|in perfect condition|in (?:perfect )?working order|undamaged) when it left (?:us|me|our (?:shop|warehouse|hands|studio))`,
      replacement: 'I checked it before it shipped',
      note: 'Argues the customer\'s account against the business\'s.',
      source: SOURCE,
    },
    { pattern: `(?:I|we) (?:did|have done|'ve done) everything (?:right|correctly|by the book)`, note: 'Argues the business did nothing wrong.', source: SOURCE },
    {
      pattern: `I (?:don't|do not) know what (?:else )?you (?:want|expect) (?:me|us) to do`,
      replacement: 'here is what I can do',
      note: 'Throws the problem back at the customer.',
      source: SOURCE,
    },
    { pattern: `(?:I|we)(?:'m| am|'re| are) not (?:going to|gonna) apologi[sz]e`, replacement: '', note: 'Refuses to apologise.', source: SOURCE },
  ],
);
