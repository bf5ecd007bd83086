/** Does the reply acknowledge the customer's feelings ("I can see how frustrating that is")? */
import { compileLexicon, matchLexicon } from '../lexicon/matcher';
import { FEELING_WORDS } from '../lexicon/feelings';

const F = `(?:${FEELING_WORDS})`;

export const ACKNOWLEDGEMENT = compileLexicon([
  { pattern: `(?:I|we) (?:can |completely |totally |fully |really |do )?(?:see|understand|appreciate|imagine|get|know|hear|recogni[sz]e)(?: (?:how|why|that|what|just how))? [^.!?]{0,50}?${F}` },
  { pattern: `(?:I|we) (?:can |completely |totally |fully |really )?(?:understand|appreciate|hear|get) (?:your|the|this|that) (?:${F}|point|position|view|situation|feelings?)` },
  { pattern: `(?:that|this|it) (?:must|would|can|could) (?:be|have been|feel) [^.!?]{0,25}?${F}` },
  { pattern: `(?:that|this|it) (?:sounds|sounded|seems|looks) [^.!?]{0,20}?${F}` },
  { pattern: `(?:understandably|no wonder you(?:'re| are)|you(?:'re| are) right to be|you have every right to be|I would be (?:too|as well|the same)|I'd feel the same|I would feel the same)` },
  { pattern: `(?:your|the) (?:frustration|disappointment|concern|annoyance|upset) (?:is|are) (?:completely |totally |entirely )?(?:understandable|valid|fair|justified|reasonable)` },
  { pattern: `(?:sorry|sad|unfortunate) to (?:hear|see|learn|read) (?:that|this|about|you|of)?` },
  { pattern: `I hear you` },
  { pattern: `(?:I|we) (?:completely |totally |fully |really |do )?understand(?= *[.,!;]|$)` },
  { pattern: `you(?:'re| are) (?:absolutely |completely |quite |totally )?right(?: to| that| about|, and| - |\\.|,)` },
  { pattern: `(?:it's|it is|that's|that is) (?:completely |totally |entirely )?(?:understandable|not (?:good enough|okay|ok|acceptable|what you expected))` },
  { pattern: `thank(?:s| you) for (?:your patience|bearing with|raising|flagging|bringing (?:this|that|it)|letting (?:us|me) know|reaching out|telling (?:us|me)|sharing|the (?:detailed )?(?:feedback|heads up|report))` },
  { pattern: `(?:I|we) (?:completely |totally |fully )?(?:understand|appreciate) (?:how important|that this|this (?:is|has been)|your|the)` },
]);

export function acknowledgementSpans(text: string) {
  return matchLexicon(ACKNOWLEDGEMENT, text).map(({ start, end }) => ({ start, end }));
}
