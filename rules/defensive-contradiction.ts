/**
 * Flags telling the customer they are wrong ("that is not correct", "I completely disagree", "the app
 * doesn't cheat anyone", "that's just how it is"): a rebuttal, where the customer needs an answer.
 */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';

const SOURCE = 'shared/LABELLING.md (defensive: disputes or denies the customer\'s account, says the complaint is false)';
/** The papers a business points to when it says the customer was told: listing, terms, photos, confirmation. */
const DOCS = '(?:description|listing|terms(?: (?:and|&) conditions)?|website|site|web ?page|page|booking|confirmation|policy|policies|faq|screen|contract|photos?|pictures?|voucher|invoice|receipt|rules)';
/** Whose paper it is: the business's, the customer's copy, or a named one ("the hotel's site"). */
const DOC_OWNER = "(?:(?:the |our )?\\w+'s|the|our|your|its)";
/** Up to two words naming which paper ("store", "booking"), but not a help link being offered ("the following page"). */
const DOC_KIND = '(?:(?!following|next|below|linked|attached|above)\\w+ ){0,2}';
const EMPHATIC = 'Emphatic "do" contradicts the customer\'s account; the plain verb states the same fact.';
/** The emphasis of an emphatic "do" (its adverbs and the auxiliary) up to the verb it stresses. */
const EMPHASIS = /\b(?:(?:definitely|certainly|actually|really|indeed|absolutely|in fact) )?(do|does) (?:(?:definitely|certainly|actually|really|indeed|absolutely|in fact) )?(\w+)$/i;

export default lexiconRule(
  {
    id: 'defensive-contradiction',
    category: 'defensive',
    severity: 'medium',
    message: 'Telling the customer they are wrong starts an argument; acknowledge what they saw, then give the facts.',
    extraPatterns: [EMPHASIS],
  },
  [
    {
      pattern: `(?:this|that|your (?:claim|statement|review|comment|account|description))(?:'s| is| was) (?:simply |just |absolutely |completely |totally |unfortunately |frankly )?(?:not (?:correct|true|accurate|right|the case)|incorrect|untrue|inaccurate|false|wrong|misleading)`,
      note: 'Calls the customer\'s account false.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we) (?:absolutely |strongly |completely |totally |respectfully |have to |must )?(?:disagree|do not agree|don't agree)`,
      note: 'Opens an argument.',
      source: SOURCE,
    },
    { pattern: `on the contrary`, note: 'Frames the answer as a rebuttal.', source: SOURCE },
    {
      // The business's own test offered as proof: "I tried it on the same handset and the alarm fires on time".
      pattern: `(?:we|I)(?:'ve| have)? (?:tested|checked|tried|verified)(?: it| this| that| the \\w+)? (?:on|with|using) (?:the same|my|our|a|an|several|many|multiple|different|all|various) (?:own )?(?:[\\w.-]+ ){0,2}?[\\w.-]+(?:,? and|,) (?:it|everything|they|all|the \\w+) (?:works?|worked|fires?|fired|is working|was working|are working|syncs?|synced|runs?|ran|(?:is|was|are|were) (?:fine|working|ok|okay|correct))|(?:our|the) tests (?:show|showed|found|confirm|confirmed) no`,
      note: 'Vouches for the product against the customer\'s experience.',
      source: SOURCE,
    },
    {
      pattern: c(`{PRODUCT} (?:does not|doesn't|did not|didn't|never|would never|will never|is not designed to|isn't designed to) (?:deceive|cheat|scam|trick|mislead|steal|lie to|spy on|rip off)`),
      note: 'Answers an accusation with a denial.',
      source: SOURCE,
    },
    {
      pattern: `(?:it is|it's|it was) (?:simply )?(?:impossible|not possible) (?:that you|for you to have)`,
      note: 'Tells the customer what they report cannot have happened.',
      source: SOURCE,
    },
    {
      pattern: `(?:that's|that is|this is|it's|it is) (?:just |simply )?(?:how|the way) (?:it is|things are|it works|it goes|we work|we do (?:it|things))(?= *[.!,;]|$)`,
      note: 'Dismisses the complaint as the way things are.',
      source: 'Customer-service training: "that\'s just how it is" closes the conversation',
    },
    {
      pattern: `(?:I'm |I am |we're |we are )?not sure what (?:else|more) you (?:expect|want|would like) (?:me|us) to do`,
      note: 'Implies the customer is asking too much.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we) (?:don't|do not) (?:know|see) what (?:else|more) (?:you (?:expect|want) (?:me|us) to do|(?:I|we) (?:could|can|should) (?:have )?do(?:ne)?)`,
      note: 'Implies the customer is asking too much.',
      source: SOURCE,
    },
    {
      pattern: `the fact (?:that )?you [^.!?]{1,60}? (?:doesn't|does not|don't|do not|didn't|did not) (?:mean|make)`,
      note: 'Turns the customer\'s difficulty into their own failing.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:does not|doesn't|did not|didn't) deserve (?:a |the |this |such (?:a )?)?(?:low|bad|poor|worst|negative|one[- ]star|1[- ]star|2[- ]star)`),
      note: 'Argues with the rating instead of answering the complaint.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:have not|haven't|did not|didn't|have never) change(?:d)? (?:anything|a thing|it)(?: (?:in|about) (?:this|that|it))?`,
      note: 'Denies a change the customer reports.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) would like to (?:clarify|point out|highlight|remind you|stress|emphasi[sz]e) that`,
      note: 'Announces a correction of the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:just )?to clarify(?: a few things)?,(?=[^?]*(?:[.!]|$))`,
      note: 'Announces a correction of the customer (a question after it is a request, not a correction).',
      source: SOURCE,
      sentenceStart: true,
    },
    {
      pattern: `(?:we|I) guarantee (?:it|that)(?= *[.!]|$)`,
      note: 'Vouches for the product against the customer\'s experience.',
      source: SOURCE,
    },
    {
      pattern: `(?:why|how) (?:do|would|could|can) you (?:think|say|claim|believe) (?:that|this|so)`,
      note: 'Challenges the customer\'s account.',
      source: SOURCE,
    },
    {
      pattern: `(?:our|the) (?:\\w+ )?(?:records|system|logs|cctv|footage) (?:show|shows|showed|indicate|indicates|confirm|confirms|state|states) (?:that )?(?:you|there|the|your|no|this|it)`,
      note: 'Uses the records to dispute the customer\'s account.',
      source: SOURCE,
    },
    {
      pattern: `according to (?:our|the) (?:records|system|logs|policy|policies|terms)`,
      note: 'Uses the records or the rules to dispute the customer\'s account; often neutral, so it shows only on strict.',
      source: SOURCE,
      severity: 'low',
    },
    {
      pattern: `(?:we|I) (?:strongly |firmly |categorically )?(?:refute|deny|reject|dispute|cannot accept|can't accept|do not accept|don't accept) (?:your|the|this|these|that|any) (?:claims?|allegations?|accusations?|comments?|review|statements?|version)`,
      note: 'Rejects the customer\'s account.',
      source: SOURCE,
    },
    {
      pattern: `(?:this|that|your) (?:review|rating|comment|claim) (?:is|was) (?:not )?(?:unfair|unjust|unjustified|not fair|not a fair|misleading|inaccurate|untrue|not accurate|not true)`,
      note: 'Argues with the review.',
      source: SOURCE,
    },
    {
      pattern: `there (?:is|was|are|were) (?:absolutely |simply |definitely )?no (?:problem|issue|bug|fault|error|defect)s? (?:with|in) (?:the|our|my|this)`,
      note: 'Denies the problem exists.',
      source: SOURCE,
    },
    {
      pattern: `(works|worked|is working|was working|functions|runs|is running|was running|were running) (?:perfectly|flawlessly|fine|correctly|normally|properly|as (?:intended|designed|expected|normal|(?:it|they) should)|without (?:any )?(?:problems|issues))((?: (?:for|on|with) (?:everyone|all|other|most|our|thousands))?)`,
      replacement: '$1$2',
      note: 'Says the product is fine, against the customer\'s experience.',
      source: SOURCE,
      notAfter: `(?:now|should|will|it'?s|is it|make sure it|until it|again|to make it|that it|it)`,
    },
    {
      pattern: `(?:this|that|it)(?:'s| is| was) (?:intended|by design|expected|normal|expected behaviou?r|a feature|working as (?:intended|designed|expected)|the (?:intended|expected|correct|normal) behaviou?r)(?= *[.,!;]|$| and| so| that)`,
      note: 'Defends the behaviour the customer complains about.',
      source: SOURCE,
    },
    {
      pattern: `(?:(?:is|was|are|were|been) (?:clearly |plainly |explicitly |also |all |both )?(?:mentioned|stated|written|described|explained|listed|shown|indicated|displayed|specified|noted|spelled out|set out|outlined|detailed|highlighted|visible|printed)|(?:appears?|appeared|features?|featured)) (?:clearly )?(?:in|on) ${DOC_OWNER} ${DOC_KIND}${DOCS}`,
      note: 'Points to the small print as a rebuttal.',
      source: SOURCE,
    },
    {
      pattern: `(?:as|which is) (?:clearly |plainly |also )?(?:stated|mentioned|written|described|explained|specified|shown|noted|spelled out|set out|outlined|detailed) (?:in|on) ${DOC_OWNER} ${DOC_KIND}${DOCS}`,
      note: 'Points to the small print as a rebuttal.',
      source: SOURCE,
    },
    {
      // The paper itself as the subject: "our listing clearly says the plan is paid", "the terms specify that".
      // Starts at the paper itself: an entry that can start at any "the" is tried at every one.
      pattern: `${DOCS} (?:(?:clearly|explicitly|plainly|specifically) (?:states|stated|says|said|mentions|mentioned|specifies|specified|indicates|indicated|shows|showed|explains|explained)|(?:states|stated|says|said|mentions|mentioned|specifies|specified) that)`,
      note: 'Points to the small print as a rebuttal.',
      source: SOURCE,
    },
    {
      pattern: `(?:(?:in line|in accordance|in keeping) with|as per|per) (?:our|the|hotel|company|store) (?:policy|policies|terms|rules|tos|t&cs?|procedures?)`,
      note: 'Cites policy as a rebuttal; often it is just information, so it shows only on strict.',
      source: SOURCE,
      severity: 'low',
    },
    {
      pattern: `(?:we|I|the staff|our staff|our team) (?:did|have done|followed) (?:everything|all|exactly what|the (?:correct|proper|standard) procedure)`,
      note: 'Argues the business did nothing wrong.',
      source: SOURCE,
    },
    {
      pattern: `you (?:have )?(?:never|did not|didn't|have not|haven't) (?:actually )?(?:stayed|stay|eaten|eat|ordered|order|bought|buy|purchased|visited|been) (?:with|at|from|to) (?:us|our)`,
      note: 'Disputes that the customer was a customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:were|was) (?:never|not) (?:informed|told|made aware|notified|contacted)`,
      note: 'Answers the complaint with "nobody told us".',
      source: SOURCE,
    },
    {
      pattern: `(?:this|that|it|which) (?:simply |just |really |certainly )?(?:isn't|is not|wasn't|was not) (?:true|correct|accurate|right|the case)`,
      note: 'Calls the customer\'s account false.',
      source: SOURCE,
      notAfter: `(?:if|whether|sure|know|say)`,
    },
    {
      pattern: `you(?:'re| are| were) (?:simply |just |completely |totally |unfortunately |sadly )?(?:mistaken|wrong|incorrect|misinformed)`,
      note: 'Tells the customer they are wrong.',
      source: SOURCE,
    },
    {
      pattern: `(?:does|do|did) (?:exactly )?what (?:it|the (?:description|listing|store page|ad|advert)|its (?:description|listing)|our (?:description|listing)) (?:promises|says|claims|advertises|is supposed to|describes|states)`,
      note: 'Vouches for the product against the customer\'s experience.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:we|I) (?:think|believe|consider|feel|find) (?:that )?{PRODUCT} (?:is|are) (?:very |really |quite |pretty |extremely )?(?:simple|easy|intuitive|good|great|fair|reasonable|clear|straightforward|user[- ]friendly|worth)`),
      note: 'Defends the product against the customer\'s experience.',
      source: SOURCE,
    },
    {
      pattern: c(`{PRODUCT} (?:is|'s) (?:very |really |quite |pretty |extremely |super |actually )?(?:simple|easy|intuitive|straightforward|user[- ]friendly) to (?:use|set up|understand|navigate)`),
      note: 'Defends the product against the customer\'s experience.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:have |had )?(?:strictly |fully |always )?(?:followed|complied with|adhered to|respected) (?:the |all |every |our )?(?:\\w+ )?(?:rules?|regulations?|laws?|guidelines|procedures?|protocols?|policy|policies)`,
      note: 'Argues the business did nothing wrong.',
      source: SOURCE,
    },
    {
      pattern: `(?:is|are) (?:fully |completely )?compliant with`,
      note: 'Argues the business did nothing wrong.',
      source: SOURCE,
    },
    {
      pattern: `(?:this|it|that) (?:is|was) neither \\w+ nor`,
      note: 'Rebuts the customer\'s description.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I)(?:'re| are|'m| am) not (?:a |an |some )?(?:heartless|greedy|big|massive|huge|faceless|evil|dishonest|money[- ]grabbing|corporate)`,
      note: 'Defends the business\'s character.',
      source: SOURCE,
    },
    {
      pattern: `unlike (?:many |most |other |similar |some )(?:other |similar )?(?:apps|hotels|shops|stores|sellers|companies|services|developers|products)`,
      note: 'Compares the business favourably instead of answering.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:don't|do not) (?:find|think|consider|see) (?:\\w+ ){1,3}(?:relevant|necessary|important|essential|needed|a priority|useful)`,
      note: 'Dismisses what the customer asked for.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) have (?:absolutely )?no access to (?:your|any|the)`,
      note: 'Rebuts a privacy complaint.',
      source: SOURCE,
    },
    {
      pattern: `(?:it|everything|the app|this) works(?: (?:fine|perfectly|well|correctly|flawlessly))?(?= *[.!]\\s*$|$)`,
      note: 'Says the product is fine, against the customer\'s experience.',
      source: SOURCE,
      sentenceStart: true,
    },
    {
      pattern: `(?:we|I) (?:don't|do not) use this (?:platform|page|forum|space) to`,
      note: 'Refuses to engage with the complaint.',
      source: SOURCE,
    },
    {
      pattern: `there (?:is|was) no (?:bug|error|problem|issue|fault|defect)(?= *[.,!;]|$| here| in| on| +[A-Z])`,
      note: 'Denies the problem exists.',
      source: SOURCE,
    },
    {
      pattern: `not an? (?:app|application|software|system|technical|program) (?:error|bug|fault|issue|problem)`,
      note: 'Denies the product is at fault.',
      source: SOURCE,
    },
    {
      pattern: `(?:is |are |was )?caused by (?:the |a |your )?(?:\\w+ ){1,3}(?:and )?not (?:by )?(?:the |our |my )?\\w+`,
      note: 'Moves the fault away from the product.',
      source: SOURCE,
    },
    {
      pattern: `(?:this is|it is|it's|that is|that's) (?:a|the) (?:claimed|stated|advertised|documented|described|intended|declared) (?:feature|concept|behaviou?r|function|purpose)`,
      note: 'Points to the description as a rebuttal.',
      source: SOURCE,
    },
    {
      pattern: `(?:works|is compatible|is designed to work) with (?:any|all|every) (?:\\w+ )?(?:calendar|device|phone|app|browser|account|version)s?`,
      note: 'Vouches for the product against the customer\'s experience.',
      source: SOURCE,
    },
    {
      pattern: `no,? ((?:it|this|that|we|the app|our app|I)(?:'s| is| isn't| is not| does| doesn't| does not| did| didn't| did not| was| wasn't| are| aren't| do| don't| do not| have| haven't))`,
      replacement: '$1',
      note: 'Opens with a flat contradiction.',
      source: SOURCE,
      sentenceStart: true,
    },
    {
      pattern: `(?:must|have to|need to|needs to) (?:declare|point out|clarify|state|clear|set the record straight|correct)(?: (?:that|a few|few|some|the following|a couple of) ?(?:things|points)?)?`,
      note: 'Announces a correction of the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:certainly|definitely|absolutely|categorically) (?:do not|don't|did not|didn't|never|have not|haven't)`,
      note: 'A flat denial.',
      source: SOURCE,
    },
    {
      // Emphatic "do" asserts the opposite of what the customer said ("we do have fridges", "it really does sync").
      pattern: c(`(?:we|they|it|{PRODUCT}|\\w+s) (?:definitely |certainly |actually |really |indeed |absolutely |in fact )?(?:do|does) (?:definitely |certainly |actually |really |indeed |absolutely |in fact )?(?:work|have|offer|sync|support|provide|allow|include|exist|show|save|send|clean|check|mention|state|inform|tell|refund|respond|deliver|charge)(?! to\\b)`),
      note: EMPHATIC,
      source: SOURCE,
      notAfter: `(?:if|when|whenever|whether|unless|you|please|to|what|how|why|where|who|once|until)`,
    },
    {
      pattern: c(`(?:has|have|had) (?:absolutely |really |simply )?nothing to do with {PRODUCT}`),
      note: 'Denies any link between the problem and the business.',
      source: SOURCE,
    },
    {
      pattern: `(?:you|the guest)(?: had|'d| have| has|'ve)(?: (?:already|clearly|yourself|knowingly|specifically|also))? (?:booked|chosen|selected|agreed (?:to|with)|accepted|signed|opted)`,
      note: 'Answers the complaint with the customer\'s own choice.',
      source: SOURCE,
      notAfter: `(?:if|once|when|after|before|until|whether|unless|see)`,
    },
  ],
  undefined,
  (m) => {
    if (m.entry.note !== EMPHATIC) return undefined;
    // Only the emphasis is marked and dropped: "we do have" -> "we have", "it does sync" -> "it syncs".
    const e = EMPHASIS.exec(m.text);
    if (!e) return undefined;
    const verb = e[1].toLowerCase() === 'do' ? e[2] : e[2].toLowerCase() === 'have' ? 'has' : `${e[2]}s`;
    return { start: m.start + e.index, replacement: verb };
  },
);
