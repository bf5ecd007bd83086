/** Flags passive-aggressive reminders ("as I already said", "per my last email", "for the third time"): they score a point and lose the customer. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'sarcasm-already-said',
    category: 'sarcasm',
    severity: 'high',
    message: 'Reminding the customer you already said it reads as passive-aggressive; just restate the information.',
  },
  [
    { pattern: `as (?:I|we)(?:'ve| have)? (?:already |previously |clearly |just )?(?:said|stated|mentioned|explained|told you|noted|pointed out|written)(?: (?:before|earlier|previously|already|several times|many times|multiple times|twice))?,?`, replacement: '' },
    { pattern: `(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|reply|note),?`, replacement: '' },
    { pattern: `as (?:already|previously|clearly) (?:stated|mentioned|explained|noted|written|said)(?: (?:in|on) (?:the|our|my) (?:listing|description|email|message|policy|website))?,?`, replacement: '' },
    { pattern: `for the (?:second|third|fourth|fifth|tenth|hundredth|umpteenth|nth|last|\\d+(?:st|nd|rd|th)) time,?`, replacement: '' },
    { pattern: `(?:like|as) I (?:said|told you)(?: (?:before|already|earlier|twice))?,?`, replacement: '' },
    { pattern: `(?:I|we) (?:already|just) (?:told|explained (?:this|it) to) you(?: (?:this|that))?(?: (?:before|already|twice))?`, replacement: '' },
    { pattern: `(?:I(?:'ve| have)|we(?:'ve| have)) (?:already )?(?:told|explained (?:this |it )?to) you (?:this )?(?:twice|three times|several times|many times|multiple times|already|before)(?: already| before)?`, replacement: '' },
    { pattern: `I(?:'m| am) not sure how (?:else|many more times) (?:to|I can|I have to|I need to) (?:explain|say|put) (?:this|it)`, replacement: '' },
    { pattern: `(?:let me|I'll|I will) (?:try to )?(?:explain|say) (?:this|it) (?:one more time|again|slowly|once more)`, replacement: 'here is how it works' },
    { pattern: `(?:if you(?:'d| would)? (?:have )?(?:bothered|cared) to (?:read|check|look))` },
    { pattern: `(?:good luck with that|thanks for nothing|nice try|I'm sure you (?:did|were|are))`, replacement: '' },
    { pattern: `(?:once )?again,(?= *\\p{L})`, sentenceStart: true, replacement: '' },
    { pattern: `(?:it's|it is|this is|it really isn't|it is really not|it's really not|it's not) (?:that |really |very |so |pretty )?(?:hard|difficult|complicated|simple)(?: to (?:understand|follow|read|see))?(?= *[.!,]|$)`, replacement: '' },
    { pattern: `I(?:'m| am) not sure what(?:'s| is) so (?:hard|difficult|confusing) (?:to understand|about (?:this|it))`, replacement: '' },
    { pattern: `(?:I hate to break it to you|newsflash|news flash|believe it or not)`, replacement: '' },
  ],
  (m, ctx) => {
    // "For the last time you ordered..." is a reference, not sarcasm, when the sentence goes on to a past order.
    if (/^for the last time\b/i.test(m.text) && /\b(?:you|we) (?:ordered|bought|visited|came)\b/i.test(ctx.text)) return false;
    return true;
  },
);
