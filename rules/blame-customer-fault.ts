/** Flags laying fault on the customer ("that's on you", "you didn't read the description"): the fix turns into a fight. */
import { lexiconRule } from './rule';
import { nounPhraseAt } from './nlp';
import { neutralFact } from './fixes/blame';

const FAULT_VERB = /(?:read|check|look at|measure|follow|notice|see|open|misread|misunderstood|ignored)$/i;

export default lexiconRule(
  {
    id: 'blame-customer-fault',
    category: 'blame',
    severity: 'high',
    extraPatterns: [FAULT_VERB],
    message: 'Saying the customer caused the problem turns a fix into a fight; state the facts and the way forward.',
  },
  [
    { pattern: `(?:it|that)(?:'s| is| was) your (?:responsibility|job) to`, replacement: 'it helps to' },
    { pattern: `(?:that|this|it)(?:'s| is| was) (?:all |entirely |completely )?on you`, replacement: 'let me explain what happened' },
    { pattern: `(?:that|this|it)(?:'s| is| was) (?:all |entirely |completely )?(?:your (?:own )?(?:fault|mistake|problem|responsibility)|user error)`, replacement: 'let me explain what happened' },
    { pattern: `(?:the )?(?:fault|mistake|error) (?:is|was|lies) (?:entirely |completely )?(?:yours|on your (?:side|end))` },
    { pattern: `you(?:'re| are) the one who (?:ordered|chose|picked|made|entered|typed|broke|damaged|forgot)` },
    { pattern: `you (?:clearly |obviously )?(?:didn't|did not|never|failed to|neglected to|forgot to|couldn't be bothered to|didn't bother to|did not bother to) (?:even )?(?:read|check|look at|measure|follow|pay attention to|notice|see|open|bother)`, note: 'Tell them where the information is instead.' },
    { pattern: `you (?:clearly |obviously )?(?:misread|misunderstood|ignored) (?:the|our|my) (?:listing|description|instructions|policy|email|message|size chart|terms)` },
    { pattern: `you (?:must|should) (?:learn to|start to|try to) read`, severity: 'high' },
    { pattern: `you (?:ordered|chose|picked|selected|bought|entered|gave (?:us|me)|typed|provided|put|sent (?:us|me)) (?:the )?wrong (size|colou?r|item|address|model|one|number|details|version|product)`, replacement: 'the order was placed with the wrong $1' },
    { pattern: `you need to (?:learn to )?(?:read|pay attention)`, replacement: 'it helps to read' },
    { pattern: `(?:read|check) the (?:description|listing|size chart|instructions) (?:next time|properly|carefully|before (?:ordering|buying|you buy|you order))`, note: 'Point to where the information is, as help.' },
    { pattern: `(?:next time|in future|in the future),? (?:please )?(?:read|check|look|pay attention)`, severity: 'medium', note: 'Put the tip as help, not as a telling-off.' },
    { pattern: `you (?:broke|damaged|dropped|lost|ruined|misused) (?:it|the item|the product|the (?:parcel|package))`, replacement: 'I want to find out what happened' },
  ],
  undefined,
  (m, ctx) => {
    // "You didn't read the description" -> "the description shows the details".
    const verb = FAULT_VERB.exec(m.text);
    if (!verb || !/^you/i.test(m.text)) return undefined;
    const past = { read: 'read', check: 'checked', 'look at': 'looked at', measure: 'measured', follow: 'followed', notice: 'noticed', see: 'seen', open: 'opened' }[verb[0].toLowerCase()] ?? 'read';
    const np = nounPhraseAt(ctx.doc(), ctx.text, m.end + 1);
    if (!np) return undefined;
    return { end: np.end, replacement: neutralFact(past, ctx.text.slice(np.start, np.end), '') };
  },
);
