/**
 * Flags rhetorical questions aimed at the customer ("what more do you want?", "how are we supposed to fix
 * it if you don't tell us?", "which hotel in the world would allow that?"): a jab dressed as a question.
 */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';

const SOURCE = 'shared/LABELLING.md (sarcasm: rhetorical questions aimed at the customer)';

export default lexiconRule(
  {
    id: 'sarcasm-rhetorical',
    category: 'sarcasm',
    severity: 'medium',
    message: 'A rhetorical question aimed at the customer reads as a jab; ask plainly for what you need, or state the fact.',
  },
  [
    { pattern: `what (?:more|else) (?:do|did|could|can|would|should) you (?:possibly )?(?:want|need|expect|ask for)`, note: 'Implies the customer asks too much.', source: SOURCE },
    { pattern: `what (?:exactly |else |more )?(?:did|do|were) you (?:expect|expecting)(?: (?:from|of) (?:us|me|it|this|a (?:free|cheap) \\w+))?(?= *\\?)`, note: 'Implies the customer expected too much.', source: SOURCE },
    {
      pattern: c(`how (?:can|could|are|would|should|do|will|is) (?:we|I|anyone|the (?:team|developer)) (?:supposed to |expected to |meant to |going to |possibly )?(?:improve|fix|help|know|make|do|understand|solve|guess|change|read)(?:[^.!?]{0,60}?(?:if|when|unless|since|without) (?:you|your|knowing|any)|(?= what| which| where| why))`),
      note: 'A question that blames the customer for not explaining.',
      source: SOURCE,
    },
    {
      pattern: `(?:which|what) (?:hotel|shop|store|seller|company|business|app|developer|restaurant|person|airline) (?:in the world|on earth|anywhere) (?:would|will|does|do|could)`,
      note: 'Mocks the request as unreasonable.',
      source: SOURCE,
    },
    {
      pattern: `(?:did|do|have|were) you (?:even|actually|really|ever) (?:bother(?:ed)? to )?(?:read|check|try|look|open|see|bother|notice|contact|email)`,
      note: 'Doubts the customer did the obvious.',
      source: SOURCE,
    },
    {
      pattern: `are you (?:really |even |absolutely )?sure (?:that )?you(?:'re| are| were)? (?:didn't|did not|haven't|have not|don't|do not|weren't|read|checked|looked|rating|reviewing|talking about|thinking of|using)`,
      note: 'Doubts the customer\'s account.',
      source: SOURCE,
    },
    { pattern: `why (?:would|should|do) (?:we|I) (?:bother|care|have to|need to)`, note: 'Dismisses the request.', source: SOURCE },
    {
      pattern: `why (?:did|do|would|didn't|don't|wouldn't|then) you (?:even |then |just |still )?(?:ignore|give|leave|rate|write|post|complain|choose|pick|buy|book|install|download|try|ask|expect|come)`,
      note: "Asks the customer to justify what they did, when it is not a real question.",
      source: SOURCE,
    },
    {
      pattern: `(?:what(?:'s| is| was)|is (?:it|that)) (?:(?:so|really|that|too) ){0,2}(?:hard|difficult|complicated|confusing|much (?:to|for me to|for us to) ask)(?: about)?`,
      note: 'Implies the customer is slow.',
      source: SOURCE,
    },
    {
      pattern: `(?:or )?(?:maybe|perhaps) you (?:just )?(?:couldn't|could not|can't|cannot|didn't|did not|won't) (?:be bothered|bother|read|try|look)`,
      note: 'Implies the customer did not try.',
      source: SOURCE,
    },
    {
      pattern: `do you (?:honestly|really|seriously|actually|truly|genuinely) (?:think|believe|expect|imagine|suppose)(?= (?:that|we|I|our|the|a|an|this|it|anyone|anybody|someone|people|a (?:hotel|shop|seller))\\b)`,
      note: 'Doubts the customer\'s sense instead of asking.',
      source: SOURCE,
    },
    {
      // A negative question pressing the customer to agree: "don't you want us to improve?"
      pattern: `(?:don't|do not|wouldn't|would not|won't|can't) you (?:(?:even|at least|really) )?(?:want|think|agree|see|understand|realise|realize|expect|care)`,
      note: 'Presses the customer to agree instead of asking.',
      source: SOURCE,
    },
    {
      pattern: `how (?:can|could|would) (?:\\w+ ){1,4}(?:possibly )?(?:be (?:allowed|expected|permitted|justified)|expect (?:us|me|anyone))`,
      note: 'Asks how a demand could be allowed, when it is not a real question.',
      source: SOURCE,
    },
    {
      pattern: `(?:if|since) you (?:don't|do not|didn't|did not|won't|will not|refuse to) (?:tell|explain|say|share|give|describe|let)`,
      note: 'A question that blames the customer for not explaining.',
      source: SOURCE,
    },
  ],
  // A rhetorical question is a question: the sentence must end with one.
  (m, ctx) => /\?[\s"'”’)]*$/.test(ctx.text) || /\?/.test(ctx.text.slice(m.end, m.end + 120)),
);
