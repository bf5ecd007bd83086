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

  /\b(?:you|your (?:app|shop|store|site|system|company))(?: guys| people)? (?:charged|billed) me (?:twice|two times|double|again)\b/i,
];

/** "Your app charged me twice": the same problem, with the business as the subject. */
const CHARGED_ME = /^(?:you|your (?:app|shop|store|site|system|company))(?: guys| people)? (?:charged|billed) me\b/i;

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
      let clause = m[0].replace(CHARGED_ME, 'I was charged');
      clause = clause === clause.toUpperCase() ? clause.toLowerCase().replace(/\bi\b/g, 'I') : sentenceCase(clause);
      if (NOT_SAYABLE.test(clause)) return undefined;
      for (const [from, to] of TURN) clause = clause.replace(from, to);
      clause = clause.replace(/^the\b/i, 'the').replace(/^your\b/i, 'your').replace(/^you\b/i, 'you').replace(/\s+/g, ' ');
      return clause;
    }
  }
  return undefined;
}

/**
 * The business's own failure, read from the customer's message: something broken, lost, wrong or late that we
 * sent, a charge we got wrong, our product failing. Narrower than the engine's `problem` situation, which also
 * covers questions, misunderstandings and complaints about things the customer chose: an apology is owed only
 * here, and a placeholder next step is asked for only here (or when the customer is confused or let down again).
 */
export const FAULT_PATTERNS: RegExp[] = [
  /\b(?:arrived|came|turned up|was delivered|is|was)[ \t]+(?:completely[ \t]+|totally[ \t]+|badly[ \t]+)?(?:broken|damaged|cracked|smashed|shattered|in pieces|dented|leaking|torn|ripped|faulty|defective)\b/i,
  /\b(?:sent|shipped|gave|delivered|got|received)[ \t]+(?:(?:me|us|to)[ \t]+)?(?:the[ \t]+wrong|a[ \t]+wrong|someone[ \t]+else['’]s|the[ \t]+incorrect)\b/i,
  /\b(?:arrived|came|was delivered)[ \t]+(?:\w+[ \t]+){0,3}?(?:cold|late|open(?:ed)?|wet|melted|stale|expired)\b|\b(?:opened|tampered with) before it (?:reached|got to) (?:me|us)\b/i,
  /\b(?:is|are|was|were)[ \t]+missing\b|\bmissing[ \t]+(?:the|its|their|my|our|a|an|two|three|some|\d+)\b|\b(?:the|my|for the)[ \t]+missing[ \t]+\w+/i,
  /\b(?:second|third|another)[ \t]+(?:broken|damaged|faulty|cracked)\b|\b(?:didn['’]t|did not|doesn['’]t|does not|won['’]t|never)[ \t]+(?:work|come|came|arrive)\b|\bdisappeared\b|\b(?:account|profile)[ \t]+(?:was[ \t]+|got[ \t]+|been[ \t]+)?(?:suspended|banned|locked|deleted|disabled)\b/i,
  /\b(?:wrong|incorrect)[ \t]+(?:item|size|colou?r|model|order|product|parcel|package)[ \t]+(?:arrived|came|was (?:sent|delivered))\b/i,
  /\b(?:hasn['’]t|has not|hasnt|never|still (?:hasn['’]t|has not))[ \t]+(?:arrived|come|turned up|been (?:delivered|shipped|refunded))\b/i,
  /\b(?:haven['’]t|have not|havent|never|still (?:haven['’]t|have not))[ \t]+(?:received|got|gotten)[ \t]+(?:my|the|a|an|any)[ \t]+(?:order|parcel|package|item|refund|delivery|replacement)/i,
  /\b(?:parcel|package|order|item|delivery)[ \t]+(?:is|was|has been|got)[ \t]+(?:lost|late|delayed|missing|stolen)\b|\blost in (?:the post|transit)\b/i,
  /\b(?:charged|billed)[ \t]+(?:me[ \t]+)?(?:twice|two times|double|again)\b|\bdouble[- ]charged\b|\bovercharged\b|\bcharge[ \t]+(?:is|was)[ \t]+wrong\b|\b(?:you|they)[ \t]+charged[ \t]+me[ \t]+for[^.!?]{1,40}\b(?:but|when|even though|although)\b/i,
  /\b(?:app|game|site|website|update|system|software|program|sync|syncing|widget|checkout|page)[ \t]+(?:\w+[ \t]+){0,2}(?:keeps[ \t]+crashing|crashe[sd]|froze|freezes|keeps[ \t]+freezing|is[ \t]+broken|broke|deleted|wiped|erased|lost)\b/i,
  /\b(?:sync|syncing|login|log-in|checkout|payment page)\b[^.!?]{0,30}\b(?:is|are|was)[ \t]+broken\b/i,
  /\b(?:can['’]t|can’t|cannot|can not|unable to)[ \t]+(?:log ?in|sign ?in|access my account)\b[^.!?]{0,30}\b(?:since|after)[ \t]+(?:the|your|an?)[ \t]+update\b/i,
];

/** Whether the customer's message tells of a failure on the business's side. */
export function businessAtFault(incoming: string): boolean {
  const text = incoming.slice(0, 4000);
  return FAULT_PATTERNS.some((re) => re.test(text)) || customerProblem(text) !== undefined;
}
