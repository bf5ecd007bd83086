/**
 * Turns blame into a neutral fact or a forward-looking tip that keeps the object:
 * "you should have read the size chart" -> "the size chart lists the exact measurements".
 */
import { infinitive } from '../nlp';

const READ_VERBS = /^(?:read|checked|looked(?: at)?|reviewed|seen|noticed|studied|consulted|viewed|opened)$/i;

/** What a document tells the customer, by the kind of document. */
const DOCUMENT_FACTS: [RegExp, string][] = [
  [/\b(?:size|sizing|measurement)s? (?:chart|guide|table)\b|\bmeasurements\b/i, 'lists the exact measurements'],
  [/\b(?:description|listing|product page|photos?|pictures?|details|specifications?|specs)\b/i, 'shows the details'],
  [/\b(?:instructions|manual|guide|steps|faq)\b/i, 'explains each step'],
  [/\b(?:policy|policies|terms|conditions|rules)\b/i, 'sets out what applies'],
  [/\b(?:email|message|note|notice|confirmation|invoice|receipt)\b/i, 'has the details'],
];

/** Lower-cases a leading possessive so "your listing" reads as "the listing". */
function definite(np: string): string {
  return np.replace(/^(?:your|our|my|this|that)\s+/i, 'the ').replace(/^(?!the\s)/i, (m) => m);
}

/**
 * @param verb the past participle after the blame ("read", "measured")
 * @param object the noun phrase after it, if any ("the size chart")
 * @param rest what follows the object in the clause ("first", "before ordering")
 */
export function neutralFact(verb: string, object: string | undefined, rest: string): string {
  if (object && READ_VERBS.test(verb)) {
    const np = definite(object);
    const fact = DOCUMENT_FACTS.find(([re]) => re.test(np))?.[1] ?? 'has the details';
    return `${np} ${fact}`;
  }
  const tail = [object, rest].filter(Boolean).join(' ').trim();
  return `it helps to ${infinitive(verb.toLowerCase())}${tail ? ` ${tail}` : ''}`;
}
