/** Flags hindsight blame ("you should have read the size chart"): it makes the customer defend themselves instead of listening. */
import { defineRule } from './rule';
import { nounPhraseAt } from './nlp';
import { neutralFact } from './fixes/blame';

// An adverb may sit between the modal and "have" ("you could easily have checked").
const HINDSIGHT = /(?<![\p{L}])(?:you (?:should|could|ought to|must|might)(?:(?: (?:easily|simply|just|at least|really|always|also|first|probably|surely))? have|['’]ve)|you should(?:n't| not) have|if you(?:'d| had) (?:only |just |simply )?|had you (?:only |just )?)(?= ?\p{L})/giu;
/** Feelings and expectations ("you must have been worried", "you should have received an email"), not blame. */
const CONSEQUENCE =
  /^,?\s*(?:then\s+)?(?:you|we|I|this|it|that|none of this|(?:the|your|our) [\w-]{1,20}(?: [\w-]{1,20})?)(?:['’]d| would| wouldn['’]t| would not)(?:\s+have)?(?:\s+(?:know|known|see|seen|find|found|notice|noticed|realise|realize)d?(?:\s+that)?\s+([^.;!?]{1,200}))?[^.;!?]{0,200}/i;
/** Between the modal and its verb: nothing, or one adverb. */
const GAP = /^\s*(?:(?:\p{L}{2,12}ly|only|just|even|first|also|ever|never|at least)\s+)?$/u;
// What happened to the customer ("the trouble you might have faced", "anything you may have gone through") is
// sympathy, not a slip of theirs.
const FEELING = /^(?:been|felt|had|seen|heard|noticed|wondered|thought|received|gotten|got|obtained|known|faced|experienced|encountered|suffered|endured|undergone|gone through)\b/i;
/** Past participles spelt like the present, after at most one adverb. */
const SAME_FORM = /^\s*(?:\p{L}{2,12}ly\s+|only\s+|just\s+|even\s+|first\s+)?(read|put|set|let|shut|spread|cut)\b/iu;
/** Words that are never the past participle after the modal. */
const NO_VERB = /^(?:like|love|prefer|rather|want|need|any|a|an|the|some|more|no|not|to|questions?|trouble|issues?|problems?|time|access)\b/i;

export default defineRule({
  id: 'blame-should-have',
  category: 'blame',
  severity: 'high',
  message: 'Pointing at what the customer should have done makes them defend themselves instead of listening.',
  patterns: [HINDSIGHT, FEELING, NO_VERB, CONSEQUENCE, GAP, SAME_FORM],
  check({ text, clause, report }) {
    HINDSIGHT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HINDSIGHT.exec(text))) {
      // "you must have been worried", "if you had any questions": empathy or a plain condition, not blame.
      if (FEELING.test(text.slice(m.index + m[0].length).trimStart())) continue;
      // "If you'd like…", "if you had any…": no past participle follows, so no parse is needed to say so.
      if (NO_VERB.test(text.slice(m.index + m[0].length).trimStart())) continue;
      const head = m.index;
      // The verb after the modal must be a past participle ("read", "checked", "ordered"), judged by compromise.
      // The verb comes right after the modal, or after one adverb ("you could simply have emailed", not "you might have will be removed").
      const cl = clause(head);
      const verbs = cl.match('[#PastTense]', 0).filter((v) => v.start >= head + m![0].length - 1 && GAP.test(text.slice(head + m![0].length, v.start)));
      // Participles spelt like the present ("Had you read…") are not always tagged past.
      if (!verbs.length) {
        const same = SAME_FORM.exec(text.slice(head + m[0].length));
        if (same) verbs.push({ start: head + m[0].length + same.index + same[0].length - same[1].length, end: head + m[0].length + same.index + same[0].length });
      }
      if (!verbs.length) continue;
      const verb = verbs[0];
      let end = verb.end + text.slice(verb.end).search(/[,.;!?]|\s(?:and|but|so|then)\s|$/);
      const inClause = nounPhraseAt(cl.doc(), cl.text, verb.end + 1 - cl.start);
      const np = inClause && { start: inClause.start + cl.start, end: inClause.end + cl.start };
      const object = np && np.end <= end ? text.slice(np.start, np.end) : undefined;
      const rest = text.slice(np && np.end <= end ? np.end : verb.end, end).trim();
      const speculation = /must|might/i.test(m[0]);
      let replacement = speculation ? 'I want to find out what happened' : neutralFact(text.slice(verb.start, verb.end), object, rest);
      // "You shouldn't have unplugged it" -> "it helps not to unplug it", never the opposite advice.
      if (/n['’]t|not/i.test(m[0])) replacement = replacement.replace(/^it helps to /, 'it helps not to ');
      // "If you had checked the listing, you would know it is blue": the consequence goes with the blame,
      // and what it says stays ("the listing shows the details: it is blue").
      const consequence = CONSEQUENCE.exec(text.slice(end));
      if (consequence && /^(?:if|had)/i.test(m[0])) {
        end += consequence[0].length;
        if (consequence[1]) replacement += `: ${consequence[1].trim()}`;
      }
      report({ start: head, end, replacement });
    }
  },
});
