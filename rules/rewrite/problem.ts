/**
 * The customer's actual problem, read from their message and turned to face them: "my vase arrived broken"
 * becomes "your vase arrived broken", "I was charged twice" becomes "you were charged twice". Used by the
 * acknowledgement; undefined when nothing reads clearly, and the acknowledgement stays general.
 */
import { sentences } from '../text';
import { sentenceCase } from './sentence';

const WORDP = String.raw`(?!(?:and|or|but|between|with|of|for|from|to|since|after|the)\b)[a-z][a-z'’-]{1,15}`;
const THING = String.raw`(?:${WORDP}(?: ${WORDP}){0,2})`;
const STATE = String.raw`(?:broken|damaged|cracked|smashed|shattered|late|missing|faulty|defective|torn|ripped|dented|leaking|scratched|stained|dirty|empty|in pieces|not working|the wrong (?:size|colou?r|item|model|one)|wrong)`;

/** Each pattern captures the clause to restate; `I`, `my` and `me` are turned round afterwards. */
export const PROBLEM_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:my|the|our) ${THING} (?:arrived|came|is|was|has arrived|turned up|showed up|got here|was delivered) (?:completely |totally |already |badly )?${STATE}(?=[ \t]*(?:[.,;:!?]|$|and\b|but\b|so\b|again\b|today\b|yesterday\b))`, 'i'),
  new RegExp(String.raw`\b(?:my|the|our) ${THING} (?:still )?(?:hasn't|has not|hasnt|never|didn't|did not|still has not|has still not|has yet to) (?:arrived?|come|turned up|shown up|been delivered|been shipped|been dispatched|been refunded|been processed|worked?)\b`, 'i'),
  /\bI (?:was|have been|got|'ve been|’ve been|am being|'m being|’m being|was just) (?:charged twice|double[- ]charged|charged two times|overcharged|charged again|billed twice|locked out(?: of my account)?|banned|suspended)\b/i,
  new RegExp(String.raw`\bI (?:still )?(?:haven't|have not|havent|never|didn't|did not|didnt|still haven't) (?:received|got|gotten|get|receive) (?:my|the|a|an|any) ${THING}`, 'i'),
  /\bI (?:can't|can’t|cannot|can not|cant|am unable to|'m unable to|’m unable to) (?:log ?in|sign ?in|access my account|download (?:it|the app|my [a-z]{2,12})|connect|reset my password)\b/i,
  new RegExp(String.raw`\b(?:my|the) ${THING} (?:doesn't|does not|won't|will not|stopped|keeps|isn't|is not|no longer) (?:work|working|fit|turn on|charge|load|open|connect|crashing|freezing)\b`, 'i'),
];

const TURN: [RegExp, string][] = [
  [/\bI am\b/g, 'you are'],
  [/\bI['’]m\b/g, "you're"],
  [/\bI was\b/g, 'you were'],
  [/\bI['’]ve\b/g, "you've"],
  [/\bI\b/g, 'you'],
  [/\bmy\b/gi, 'your'],
  [/\bme\b/gi, 'you'],
  [/\bour\b/gi, 'your'],
];
const NOT_SAYABLE = /\b(?:fuck\w*|shit\w*|damn\w*|crap\w*|bloody|stupid|idiot\w*|scam\w*|useless|pathetic)\b/i;

/** The problem as a clause facing the customer, or undefined. */
export function customerProblem(incoming: string): string | undefined {
  const text = incoming.slice(0, 4000);
  for (const s of sentences(text, [{ start: 0, end: text.length }])) {
    for (const re of PROBLEM_PATTERNS) {
      const m = re.exec(s.text);
      if (!m) continue;
      let clause = m[0];
      clause = clause === clause.toUpperCase() ? clause.toLowerCase().replace(/\bi\b/g, 'I') : sentenceCase(clause);
      if (NOT_SAYABLE.test(clause)) return undefined;
      for (const [from, to] of TURN) clause = clause.replace(from, to);
      clause = clause.replace(/^the\b/i, 'the').replace(/^your\b/i, 'your').replace(/^you\b/i, 'you').replace(/\s+/g, ' ');
      return clause;
    }
  }
  return undefined;
}
