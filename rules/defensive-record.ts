/**
 * Flags defending the business's record against the customer ("you are the first to report this", "most
 * users find it simple", "as our other reviews show"): it tells the customer their experience does not count.
 */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (defensive: defends its record, "thousands of happy users", "our ratings show")';
const PEOPLE = '(?:users|guests|customers|clients|buyers|people|players|members)';

export default lexiconRule(
  {
    id: 'defensive-record',
    category: 'defensive',
    severity: 'medium',
    message: 'Pointing to other customers or your record tells this customer their experience does not count.',
  },
  [
    {
      pattern: `you(?:'re| are) (?:\\w+ )?(?:the )?(?:very )?(?:first|only)(?: one| person| user| guest| customer| buyer)? (?:to|who|that)(?: has| have|'s)? (?:ever )?(?:report|reported|mention|mentioned|say|said|complain|complained|find|found|have|had|raise|raised|notice|noticed|experience|experienced|struggle|struggled)`,
      note: 'Makes the customer the odd one out.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I)(?: have| had|'ve|'d)?(?: received| had| got| seen)? no (?:other )?(?:messages|reports|complaints|feedback|issues|problems|tickets) (?:from|by) (?:other |our )?${PEOPLE}`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:haven't|have not|hadn't|had not|did not|didn't) (?:received|had|got|seen|heard) (?:any )?(?:other |similar )?(?:messages|reports|complaints|feedback|issues|problems|tickets) (?:from|by) (?:other |our )?${PEOPLE}`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      pattern: `(?:no|none of (?:our|the)|not one of (?:our|the)) (?:other )?${PEOPLE} (?:(?:have|has|had) (?:ever )?(?:reported|complained|mentioned|had|raised|noticed|experienced|faced)|had|reported|complained|mentioned|raised|noticed|experienced|faced)`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      pattern: `(?:most|many|all|thousands of|millions of|the majority of|other) (?:of (?:our|the) )?(?:other )?${PEOPLE} (?:find|found|mention|say|said|tell|tells|told|write|wrote|love|enjoy|like|are happy|seem|think|manage|have no)`,
      note: 'Sets other customers against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:as )?you (?:can|could|will|may) (?:see|tell|read|notice) (?:from|in|by|on) (?:our |the |all )?(?:(?:other|many|previous|recent|the) )?(?:other )?(?:reviews|ratings|guests|comments|feedback)`,
      note: 'Sets the other reviews against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:our|the) (?:score|rating|ratings|reviews|track record|record) (?:is|are|speak|speaks|show|shows|prove|proves) (?:for itself|for themselves|a product|the result|how)`,
      note: 'Defends the record instead of answering.',
      source: SOURCE,
    },
    {
      // The rating itself offered as the answer: "most of our ratings are five stars", "the app holds a 4.7 average".
      pattern: `(?:(?:most|the majority|nearly all|almost all) of (?:our|the) (?:other )?(?:reviews|ratings) (?:are|were|have been)|(?:our|the) (?:other )?(?:reviews|ratings)(?: on [\\w.]+)? (?:are|were) (?:mostly|overwhelmingly|largely|generally|almost all|nearly all)) (?:positive|good|great|excellent|glowing|five[- ]stars?|5[- ]stars?)`,
      note: 'Sets the other reviews against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|the app|our app|the hotel|our hotel|the game|our game|the shop|our shop) (?:have|has|hold|holds|maintain|maintains|keep|keeps|enjoy|enjoys) (?:a |an )?(?:\\d(?:\\.\\d)?(?:[- ]star)?|very high|high|excellent|great|top|five[- ]star|strong) (?:average |overall |star )?(?:rating|score|average)`,
      note: 'Sets the other reviews against this one.',
      source: SOURCE,
    },
    {
      // Diligence claimed against the complaint: "we keep to the strictest hygiene standards".
      pattern: `(?:maintains?|upholds?|keeps? to|follows?|meets?|exceeds?|adheres? to) (?:the )?(?:very )?(?:highest|high|strict|strictest|rigorous|top|best) (?:\\w+ )?(?:standards?|levels?|quality)`,
      note: 'Answers the complaint with how careful the business is.',
      source: SOURCE,
    },
    { pattern: `(?:we|I) (?:pride (?:ourselves|myself)|take (?:great |real )?pride) (?:on|in)`, note: 'Praises the business in reply to a complaint.', source: SOURCE },
    {
      pattern: `(?:this|that|it) (?:is|was) (?:certainly |definitely |surely )?not (?:the|our) (?:usual )?(?:standard|level|kind|type|sort) (?:of \\w+ )?(?:we|that we|which we|of the|our)(?! (?:want|wish|would|aim|strive|hope|expect|intend|like|try)\\b)`,
      note: 'Says the complaint does not match the business\'s standard.',
      source: SOURCE,
    },
    { pattern: `not something (?:we|I)(?:'re| are|'m| am) known for`, note: 'Praises the business in reply to a complaint.', source: SOURCE },
    {
      pattern: `(?:(?:we|I)(?:(?:'re| are|'m| am) (?:not |un)| (?:aren't|weren't|wasn't) )|nor (?:are|were|am) (?:we|I) )aware of (?:any|such) (?:other )?(?:\\w+ )?(?:issues?|problems?|bugs?|reports?|complaints?)`,
      note: 'Doubts the problem exists.',
      source: SOURCE,
    },
    {
      pattern: `(?:hundreds|thousands|millions) of (?:happy |satisfied |other )?${PEOPLE} (?:use|love|enjoy|rely on|trust)`,
      note: 'Sets other customers against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:numerous|many|most|lots of|plenty of|countless|hundreds of|thousands of) (?:of our |other )?(?:folks|guests|users|customers|people|clients|buyers|visitors) (?:have |had )?(?:loved|enjoyed|praised|appreciated|rated|liked|love|enjoy|praise|appreciate|rate)`,
      note: 'Sets other customers against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:one[- ]off|isolated|rare|exceptional|unusual|single|one[- ]time) (?:incident|case|occurrence|experience|event|issue|mistake)`,
      note: 'Minimises the complaint as a one-off.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:see|get|receive|have|had) (?:extremely |very |overwhelmingly |mostly )?(?:positive|great|good|glowing) (?:feedback|reviews|ratings|responses)`,
      note: 'Sets the other reviews against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:did not|didn't|have not|haven't|never) (?:face|faced|get|got|receive|received|have|had|see|seen) (?:any )?(?:such |similar |other )?(?:feedback|complaints?|reports?|issues?|problems?)(?: from (?:any|other|our) \\w+)?`,
      note: 'Says nobody else has had this problem.',
      source: SOURCE,
    },
    {
      pattern: `(?:trusted|used|loved|enjoyed|rated highly) by (?:millions|thousands|hundreds|tens of thousands|so many|many) (?:of )?(?:users|people|guests|customers)?`,
      note: 'Sets other customers against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:generally|usually|normally|always|mostly|typically) (?:get|receive|have|hear) (?:great|good|positive|excellent|glowing|wonderful) (?:comments|feedback|reviews|ratings)`,
      note: 'Sets the other reviews against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:so many|many|most) (?:of our )?(?:guests|users|customers) (?:have )?(?:grown|come|become) (?:so )?(?:fond|to love)`,
      note: 'Sets other customers against this one.',
      source: SOURCE,
    },
    {
      pattern: `(?:unlike|not (?:up to|in line with|reflective of|representative of)) (?:the|our) (?:high |usual |normal )?(?:standards?|level|quality)`,
      note: 'Says the complaint does not match the business\'s standard.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:always |really )?(?:work hard|put (?:a lot of|great|much) emphasis|are (?:determined|committed|dedicated)|pride ourselves) (?:to|on) (?:deliver|provide|keep|maintain|ensure|offer|our)`,
      note: 'Praises the business in reply to a complaint.',
      source: SOURCE,
    },
    {
      pattern: `(?:the )?logs? (?:look|looks|looked|show|shows|showed|are|is|were|was) (?:normal|fine|clean|ok|okay)`,
      note: 'Uses the records to dispute the customer\'s account.',
      source: SOURCE,
    },
    {
      // The thing complained about, ranked among the business's best: "the loft suites are among our finest rooms".
      // Not a ranking of requests ("one of the most popular feature requests" promises work, it does not defend).
      pattern: `(?:is|are|was|were) (?:(?:one|some) of|among) (?:our|the) (?:very )?(?:best|finest|most (?:popular|loved|sought[- ]after|comfortable|spacious|liked|booked)|highest[- ]rated|top[- ]rated|best[- ]selling)(?! (?:\\w+ )?(?:features?|requests?|suggestions?|ideas?|questions?|issues?|problems?|complaints?)\\b)`,
      note: 'Ranks what the customer complains about among the best, so their experience does not count.',
      source: SOURCE,
    },
    {
      // Vigilance claimed against the very problem reported: "losing data is a risk we watch closely for".
      pattern: `(?:something|an? (?:matter|thing|area|point|subject|risk|problem|issue|practice)) (?:that |which )?(?:we|I) (?:(?:very|really|always|most|extremely) )?(?:(?:actively|strictly|closely|carefully|constantly) )?(?:guard against|protect against|take (?:(?:very|extremely|most) )?seriously|watch (?:out )?for|never (?:allow|tolerate|compromise on)|are (?:very |extremely )?(?:strict|careful|vigilant) about)`,
      note: 'Answers the report with how careful the business is, so the problem cannot be theirs.',
      source: SOURCE,
    },
  ],
);
