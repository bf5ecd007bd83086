/** Flags an apology cancelled by "but" and blame ("I'm sorry, but you should have"): the "but" erases the sorry. */
import { defineRule } from './rule';

const APOLOGY = /(?:(?:I['’]m|I am|we['’]re|we are) (?:(?:so|very|really) )?sorry|sorry|(?:I|we) apologi[sz]e|apologies)(?![\p{L}])/giu;
/** What a blaming clause says the customer did: their own action, choice or omission. */
const CUSTOMER_ACT =
  "(?:should|shouldn['’]t|could|must|need(?:ed)? to|have to|had to|ought to|didn['’]t|did not|failed|forgot|never|were the one|are the one|chose|ordered|agreed|booked|selected|picked|entered|typed|missed|ignored|skipped|deleted|disabled|turned off|signed up|registered|installed|cancell?ed|were (?:told|warned|informed|advised|shown)|had been (?:told|warned|informed))";
/** "but", "however", "though": the word that takes the apology back. */
const BUT = '(?:,? but|[,;]? however,?|,? (?:al)?though)';
const BUT_BLAME = new RegExp(
  `${BUT} (?:you ${CUSTOMER_ACT}|you['’](?:ve|d) (?:have|need)|your (?:own )?(?:fault|mistake|error|problem|responsibility)|your [\\p{L}]{1,20} (?:was|is|were) (?:wrong|incorrect|the problem)|that['’]s on you|it(?:['’]s| was) your|the (?:[\\p{L}]{1,20} )?(?:instructions|description|listing|terms|policy|rules|signs?|information|details) (?:were|was|are|is) (?:very |quite |perfectly )?(?:clear|clearly (?:stated|written|marked)))`,
  'iu',
);

export default defineRule({
  id: 'non-apology-but',
  category: 'non-apology',
  severity: 'high',
  message: 'An apology followed by "but you…" takes the apology back; apologise, then explain separately.',
  patterns: [APOLOGY, BUT_BLAME],
  check({ text, report }) {
    APOLOGY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = APOLOGY.exec(text))) {
      // The "but" must follow within the same clause: at most 60 characters, no full stop between.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const b = BUT_BLAME.exec(after);
      if (!b || b.index > 60 || /[.;!?]/.test(after.slice(0, b.index))) continue;
      const end = m.index + m[0].length + b.index + b[0].length;
      report({ start: m.index, end });
      APOLOGY.lastIndex = end;
    }
  },
});
