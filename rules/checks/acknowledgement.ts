/**
 * Does the reply acknowledge the customer's experience: name the feeling ("I can see how frustrating that
 * is"), restate the problem ("that your room was not cleaned"), or say the customer had one ("sorry you ran
 * into this bug")? A bare "thanks for your feedback", a formulaic "sorry for the inconvenience" or "sorry to
 * hear that", and conditional wording do not count.
 */
import { compileLexicon, matchLexicon } from '../lexicon/matcher';
import { FEELING_WORDS } from '../lexicon/feelings';

const F = `(?:${FEELING_WORDS})`;
const SOURCE = 'shared/LABELLING.md (acknowledgement)';
const SORRY = "(?:sorry|apologi[sz]e|apologies|regret|sad|saddened|disheartened|disappointed|upset|unhappy|concerned|bad)";
/** What went wrong, named: the nouns a reply uses when it restates the problem. */
const TROUBLE =
  '(?:issues?|problems?|trouble|experience|delay|error|bug|glitch|crash(?:es)?|confusion|noise|mess|mistake|mix-up|frustration|situation|damage|wait|outage|difficult(?:y|ies)|hassle|failure|fault|lapse|disappointment|loss|breakage|leak|smell|dirt)';

export const ACKNOWLEDGEMENT = compileLexicon([
  { pattern: `(?:I|we) (?:can |completely |totally |fully |really |do )?(?:see|understand|appreciate|imagine|get|know|hear|recogni[sz]e)(?: (?:how|why|that|what|just how))? (?:[^\\s.!?]+ ){0,8}?${F}`, note: 'Names the feeling.', source: SOURCE },
  { pattern: `(?:I|we) (?:can |completely |totally |fully |really )?(?:understand|appreciate|hear|get) (?:your|the|this|that) (?:${F}|point|position|view|situation|feelings?)`, note: 'Recognises the customer\'s position.', source: SOURCE, notAfter: `(?:not sure|sure|don't|do not|didn't|did not|fail to|if|whether)` },
  { pattern: `(?:that|this|it) (?:must|would|can|could) (?:be|have been|feel) [^.!?]{0,25}?${F}`, note: 'Names the feeling.', source: SOURCE },
  { pattern: `(?:that|this|it) (?:sounds|sounded|seems|looks) [^.!?]{0,20}?${F}`, note: 'Names the feeling.', source: SOURCE },
  { pattern: `(?:that's|that is|it's|it is|how|what a|so) (?:really |so |very |truly |incredibly )?(?:disappointing|frustrating|annoying|upsetting|maddening|awful|terrible|unfortunate|not good|not okay|not ok|not acceptable|unacceptable)`, note: 'Names the feeling.', source: SOURCE },
  { pattern: `(?:understandably|no wonder you(?:'re| are)|you(?:'re| are) right to be|you have every right to be|I would be (?:too|as well|the same)|I'd feel the same|I would feel the same)`, note: 'Validates the feeling.', source: SOURCE },
  { pattern: `(?:your|the) (?:frustration|disappointment|concern|annoyance|upset) (?:is|are) (?:completely |totally |entirely )?(?:understandable|valid|fair|justified|reasonable)`, note: 'Validates the feeling.', source: SOURCE },
  {
    pattern: `(?:sorry|sad|unfortunate|disappointed|saddened|disheartened|upset|concerned) to (?:hear|see|learn|read|know) (?:about |of |that )?(?:(?:the|your|these|those|such|our|all the) (?:\\w+ )?\\w+|you (?:had|have|were|are|experienced|faced|got|did|didn't|couldn't|could not|lost|ran|went|found|weren't)|(?:this|that) (?:happened|issue|problem|experience|trouble|bug))`,
    note: 'Says the customer had a problem, and which.',
    source: SOURCE,
  },
  { pattern: `I hear you`, note: 'Validates the feeling.', source: SOURCE },
  { pattern: `(?:I|we) (?:completely |totally |fully |really |do )?understand(?= *[.,!;]|$)`, note: 'Validates the feeling.', source: SOURCE, notAfter: `(?:not sure|sure|don't|do not|didn't|did not|fail to|if|whether)` },
  { pattern: `you(?:'re| are) (?:absolutely |completely |quite |totally )?right(?: to| that| about|, and| - |\\.|,)`, note: 'Agrees with the customer.', source: SOURCE },
  { pattern: `(?:it's|it is|that's|that is) (?:completely |totally |entirely )?(?:understandable|not (?:good enough|okay|ok|acceptable|what you expected))`, note: 'Validates the feeling.', source: SOURCE },
  { pattern: `(?:I|we) (?:completely |totally |fully )?(?:understand|appreciate) (?:how important|that this|this (?:is|has been))`, note: 'Validates the feeling.', source: SOURCE },
  {
    pattern: `(?:feel|felt|feeling|am|are|is|was|were|'m|'re) (?:very |so |really |truly |deeply |extremely )?${SORRY} (?:that|to (?:hear|read|learn|know|see) (?:that )?) ?(?:your|you|the|our|this|such|these)`,
    note: 'Says the customer had a problem.',
    source: SOURCE,
  },
  {
    pattern: `${SORRY} (?:that )?(?:you(?=')|(?:you|your \\w+) )(?:had|have|experienced|faced|encountered|got|were|was|ran into|went through|lost|couldn't|could not|weren't|wasn't|didn't have|did not have|had to|(?:are |'re |(?:'ve| have) been )(?:having|running into|facing|experiencing|seeing))`,
    note: 'Says the customer had a problem.',
    source: SOURCE,
  },
  {
    pattern: `${SORRY} (?:for|about|that) (?:the|your|this|these|those|our|such|all the|any) (?:\\w+ ){0,3}${TROUBLE}`,
    note: 'Names what went wrong.',
    source: SOURCE,
  },
  {
    pattern: `(?:unpleasant|unfortunate|negative|bad|poor|disappointing|frustrating|upsetting|terrible|awful|unsatisfactory) (?:experience|stay|visit|time|service)`,
    note: 'Names the negative experience.',
    source: SOURCE,
  },
  {
    pattern: `(?:your|the) (?:\\w+ ){0,2}(?:was|were|is|are|wasn't|weren't|isn't|aren't|did not|didn't|has not|hasn't|had not) (?:not )?(?:comfortable|clean|up to (?:the )?(?:mark|standard|scratch|your)|as (?:expected|described)|working|satisfactory|good enough|what you|on time|delivered|arrived?|cleaned|ready|available|fixed|resolved)`,
    note: 'Restates the problem.',
    source: SOURCE,
  },
  { pattern: `(?:let (?:you|you all|your \\w+) down|(?:fell|falls|have fallen|has fallen|had fallen) short|failed you)`, note: 'Says the business fell short.', source: SOURCE },
  {
    pattern: `(?:you(?:'ve| have) (?:found|hit|run into|come across|discovered|spotted)|(?:it|this|that) (?:sounds|seems|looks) like) (?:a |an |some )?(?:\\w+ )?(?:bug|issue|problem|glitch|fault|error)`,
    note: 'Says there is a real problem.',
    source: SOURCE,
  },
  { pattern: `(?:did not|didn't|failed to|could not|couldn't) (?:meet|live up to) (?:your|the) expectations?`, note: 'Says the business fell short.', source: SOURCE },
]);

export function acknowledgementSpans(text: string) {
  return matchLexicon(ACKNOWLEDGEMENT, text).map(({ start, end }) => ({ start, end }));
}

/**
 * The text with the words that acknowledge the customer's feeling blanked out (same length): "how
 * annoying this must be" names the customer's feeling, not the writer's, so it is no heat of the reply.
 */
export function withoutAcknowledgement(text: string, spans: readonly { start: number; end: number }[] = acknowledgementSpans(text)): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
