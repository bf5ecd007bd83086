/** Flags laying fault on the customer ("that's on you", "you didn't read the description"): the fix turns into a fight. */
import { lexiconRule } from './rule';
import { nounPhraseAt } from './nlp';
import { neutralFact } from './fixes/blame';

const FAULT_VERB = /(?:read|check|look at|measure|follow|notice|see|open|misread|misunderstood|ignored)$/i;

const SOURCE = 'shared/LABELLING.md (blame: the problem put down to the customer\'s own action, omission or misunderstanding)';
/** What a complaint is about, named as the thing somebody got wrong. */
const TROUBLE = '(?:that|this|it|the (?:booking |order |payment |billing |setup |sizing |login |account |date )?(?:mix-up|mixup|mistake|error|problem|issue|confusion|misunderstanding|damage|fault))';
/** What the customer is told they did not read or follow. */
const DOCUMENT =
  '(?:\\w+ )?(?:listing|description|instructions|policy|email|message|size chart|terms|conditions|rules|house rules|confirmation|faq|manual|guide|notice|warning|sign|photos|details|booking|reservation|voucher|steps)';
/** A slot for how the customer did (not) do it: "never bothered to", "didn't take the time to". */
const EFFORT = '(?:even |bother to |bothered to |take the time to |care to |cared to |try to |manage to )?';

export default lexiconRule(
  {
    id: 'blame-customer-fault',
    category: 'blame',
    severity: 'high',
    extraPatterns: [FAULT_VERB],
    message: 'Saying the customer caused the problem turns a fix into a fight; state the facts and the way forward.',
  },
  [
    {
      pattern: `(?:it|that)(?:'s| is| was) your (?:responsibility|job|duty) to`,
      replacement: 'it helps to',
      note: 'Hands the customer the duty the business should share.',
      source: SOURCE,
    },
    {
      pattern: `(?:that|this|it)(?:'s| is| was) (?:all |entirely |completely |solely )?(?:(?:on|down to) you|on your (?:end|side))`,
      replacement: 'let me explain what happened',
      note: 'Puts the whole problem on the customer.',
      source: SOURCE,
    },
    {
      pattern: `${TROUBLE}(?:'s| is| was) (?:all |entirely |completely |solely )?(?:your (?:own )?(?:fault|mistake|problem|responsibility|doing)|user error)`,
      replacement: 'let me explain what happened',
      note: 'Names the customer as the cause.',
      source: SOURCE,
    },
    {
      pattern: `(?:the )?(?:booking |order |payment |billing |setup |installation |sizing |login |account )?(?:fault|mistake|error|blame)s? (?:is|was|lies|lay|rests|sits) (?:entirely |completely |squarely |solely )?(?:yours|with you|on your (?:side|end))`,
      note: 'Names the customer as the cause.',
      source: SOURCE,
    },
    {
      pattern: `you(?:'re| are| were) the (?:one|person|guest|customer|buyer|user) (?:who|that) (?:ordered|chose|picked|selected|booked|reserved|made|entered|typed|broke|damaged|forgot|installed|deleted|cancell?ed|agreed)`,
      note: 'Points at the customer as the one who did it.',
      source: SOURCE,
    },
    {
      pattern: `you (?:clearly |obviously |simply )?(?:didn't|did not|never|failed to|neglected to|forgot to|couldn't be bothered to|didn't bother to|did not bother to) ${EFFORT}(?:read|check|look at|measure|follow|pay attention to|notice|see|open|bother|go through|look through|scroll through|review|watch)`,
      note: 'Tell them where the information is instead.',
      source: SOURCE,
      // Not a condition or an acknowledgement ("if you didn't read the email, here it is again", "I understand
      // you didn't see it because it went to spam").
      notAfter: `(?:if|in case|when|understand(?: that)?|sorry(?: that)?)`,
    },
    {
      pattern: `you (?:clearly |obviously |probably )?(?:misread|misunderstood|ignored|overlooked|skimmed|skipped|missed) (?:the|our|my|your) ${DOCUMENT}`,
      note: 'Says the customer got the information wrong; point to it as help.',
      source: SOURCE,
    },
    { pattern: `you (?:must|should) (?:learn to|start to|try to) read`, severity: 'high', note: 'A telling-off about reading.', source: SOURCE },
    {
      pattern: `you (?:ordered|chose|picked|selected|bought|entered|gave (?:us|me)|typed|provided|put|sent (?:us|me)) (?:the )?wrong (size|colou?r|item|address|model|one|number|details|version|product)`,
      replacement: 'the order was placed with the wrong $1',
      note: 'Keep the fact, drop who made the slip.',
      source: SOURCE,
    },
    {
      pattern: `you (?:entered|typed|gave (?:us|me)|provided|put in|used|filled in|registered with|signed up with) (?:an? |the )?(?:wrong|incorrect|invalid|mistyped|old) (?:email |e-mail |postal |delivery |billing |phone |card |booking |promo |discount )?(?:address|number|code|email|e-mail|password|name|date|dates|details|account)`,
      note: 'Says the customer mistyped; state what needs correcting.',
      source: SOURCE,
    },
    { pattern: `you need to (?:learn to )?(?:read|pay attention)`, replacement: 'it helps to read', note: 'A telling-off about reading.', source: SOURCE },
    {
      pattern: `(?:read|check) the (?:description|listing|size chart|instructions) (?:next time|properly|carefully|before (?:ordering|buying|you buy|you order))`,
      note: 'Point to where the information is, as help.',
      source: SOURCE,
    },
    {
      pattern: `(?:next time|in future|in the future),? (?:please )?(?:read|check|look|pay attention)`,
      severity: 'medium',
      note: 'Put the tip as help, not as a telling-off.',
      source: SOURCE,
    },
    {
      pattern: `you (?:broke|damaged|dropped|lost|ruined|misused) (?:it|the item|the product|the (?:parcel|package))`,
      replacement: 'I want to find out what happened',
      note: 'Accuses the customer of the damage before finding out.',
      source: SOURCE,
    },
  ],
  undefined,
  (m, ctx) => {
    // "You didn't read the description" -> "the description shows the details".
    const verb = FAULT_VERB.exec(m.text);
    if (!verb || !/^you/i.test(m.text)) return undefined;
    const past = { read: 'read', check: 'checked', 'look at': 'looked at', measure: 'measured', follow: 'followed', notice: 'noticed', see: 'seen', open: 'opened' }[verb[0].toLowerCase()] ?? 'read';
    const cl = ctx.clause(m.end);
    const inClause = nounPhraseAt(cl.doc(), cl.text, m.end + 1 - cl.start);
    const np = inClause && { start: inClause.start + cl.start, end: inClause.end + cl.start };
    if (!np) return undefined;
    return { end: np.end, replacement: neutralFact(past, ctx.text.slice(np.start, np.end), '') };
  },
);
