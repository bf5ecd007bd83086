/** Flags passive-aggressive reminders ("as I already said", "per my last email", "for the third time"): they score a point and lose the customer. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (sarcasm: "as already stated", passive-aggressive reminders); Just Not Sorry';

export default lexiconRule(
  {
    id: 'sarcasm-already-said',
    category: 'sarcasm',
    severity: 'high',
    message: 'Reminding the customer you already said it reads as passive-aggressive; just restate the information.',
  },
  [
    {
      pattern: `as (?:I|we)(?:'ve| have)? (?:now |already |previously |clearly |just )?(?:said|stated|mentioned|explained|told you|noted|pointed out|written)(?: (?:before|earlier|previously|already|several times|many times|multiple times|twice|\\w+ times))?(?: now| already)?,?`,
      replacement: '',
      note: 'Reminds the customer they were told.',
      source: SOURCE,
    },
    { pattern: `(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|reply|note),?`, replacement: '', note: 'Reminds the customer they were told.', source: SOURCE },
    {
      pattern: `as (?:already|previously|clearly) (?:stated|mentioned|explained|noted|written|said)(?: (?:in|on) (?:the|our|my) (?:listing|description|email|message|policy|website))?,?`,
      replacement: '',
      note: 'Reminds the customer they were told.',
      source: SOURCE,
    },
    {
      pattern: `as (?:was|has been) (?:already |previously |clearly )?(?:stated|mentioned|explained|noted|written|said|pointed out) (?:in|on) (?:my|our|the) (?:previous|last|earlier|first) (?:reply|response|email|message|answer|comment)s?,?`,
      replacement: '',
      note: 'Reminds the customer they were told.',
      source: SOURCE,
    },
    {
      pattern: `as (?:my|our) (?:(?:last|previous|earlier) )?(?:reply|response|email|message|answer)(?: \\w+){0,2} (?:already|clearly|plainly) (?:said|stated|explained|mentioned),?`,
      replacement: '',
      note: 'Reminds the customer they were told.',
      source: SOURCE,
    },
    { pattern: `for the (?:second|third|fourth|fifth|tenth|hundredth|umpteenth|nth|last|\\d+(?:st|nd|rd|th)) time,?`, replacement: '', note: 'Counts how often the customer has been told.', source: SOURCE },
    {
      pattern: `(?:like|as) (?:I|we) (?:said|told you)(?: (?:before|already|earlier|twice|(?:on|over) the phone|by (?:e-?mail|phone)|in (?:my|our) (?:last|previous) (?:email|message|reply)))?,?`,
      replacement: '',
      note: 'Reminds the customer they were told.',
      source: SOURCE,
    },
    { pattern: `(?:I|we) (?:already|just) (?:told|explained (?:this|it) to) you(?: (?:this|that))?(?: (?:before|already|twice))?`, replacement: '', note: 'Reminds the customer they were told.', source: SOURCE },
    {
      pattern: `(?:I(?:'ve| have)|we(?:'ve| have)) (?:already )?(?:told|explained (?:this |it )?to) you (?:this )?(?:twice|three times|several times|many times|multiple times|already|before)(?: already| before)?`,
      replacement: '',
      note: 'Counts how often the customer has been told.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we)(?:'ve| have) (?:now |already )?(?:told you|explained|said|stated|answered|written|repeated) (?:this|it|that)(?: to you)? (?:twice|three times|several times|many times|multiple times|\\w+ times|repeatedly|more than once)(?: already| now| before)?`,
      replacement: '',
      note: 'Counts how often the customer has been told.',
      source: SOURCE,
    },
    {
      pattern: `how many (?:more )?times (?:do|must|will|should|shall) (?:I|we) (?:have to |need to )?(?:repeat|say|explain|tell you|write)(?: (?:this|that|it))?`,
      note: 'A rhetorical question that scolds the customer.',
      source: SOURCE,
    },
    { pattern: `to repeat (?:myself|ourselves|what (?:I|we) (?:said|wrote)),?`, replacement: '', note: 'Reminds the customer they were told.', source: SOURCE },
    {
      pattern: `I(?:'m| am) not sure how (?:else|many more times) (?:to|I can|I have to|I need to) (?:explain|say|put) (?:this|it)`,
      replacement: '',
      note: 'Sighs at the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:let me|I'll|I will) (?:try to )?(?:explain|say) (?:this|it) (?:one more time|again|slowly|once more)`,
      replacement: 'here is how it works',
      note: 'Talks down to the customer.',
      source: SOURCE,
    },
    { pattern: `(?:if you(?:'d| would)? (?:have )?(?:bothered|cared) to (?:read|check|look))`, note: 'Mocks the customer for not reading.', source: SOURCE },
    { pattern: `(?:good luck with that|thanks for nothing|nice try|I'm sure you (?:did|were|are))`, replacement: '', note: 'Mock politeness.', source: SOURCE },
    { pattern: `(?:(?:once|yet) (?:more|again)|again|one more time)[,:](?= *\\p{L})`, sentenceStart: true, replacement: '', note: 'Reminds the customer they were told.', source: SOURCE },
    {
      pattern: `(?:it's|it is|this is|it really isn't|it is really not|it's really not|it's not) (?:that |really |very |so |pretty )?(?:hard|difficult|complicated|simple)(?: to (?:understand|follow|read|see))?(?= *[.!,]|$)`,
      replacement: '',
      note: 'Implies the customer is slow.',
      source: SOURCE,
    },
    {
      pattern: `I(?:'m| am) not sure what(?:'s| is) so (?:hard|difficult|confusing) (?:to understand|about (?:this|it))`,
      replacement: '',
      note: 'Implies the customer is slow.',
      source: SOURCE,
    },
    { pattern: `(?:I hate to break it to you|newsflash|news flash|believe it or not)`, replacement: '', note: 'Condescending set-up.', source: SOURCE },
  ],
  (m, ctx) => {
    // "For the last time you ordered..." is a reference, not sarcasm, when the sentence goes on to a past order.
    if (/^for the last time\b/i.test(m.text) && /\b(?:you|we) (?:ordered|bought|visited|came)\b/i.test(ctx.text)) return false;
    return true;
  },
);
