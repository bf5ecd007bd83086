/** Flags grovelling ("so so sorry", "please forgive me", "I can't apologise enough"): it sounds unsure and invites more demands. */
import { lexiconRule } from './rule';

const SOURCE = 'shared/LABELLING.md (over-apology: self-abasing language, "we are deeply ashamed, please forgive us")';
/** Intensifiers that stack in front of "sorry". */
const INTENSE = '(?:so|very|really|terribly|truly|deeply|extremely|awfully|incredibly|sincerely|profoundly)';
/** Self-abasing states. */
const ABASED = '(?:ashamed|mortified|embarrassed|humiliated|devastated|heartbroken)';

export default lexiconRule(
  {
    id: 'over-apology-grovel',
    category: 'over-apology',
    severity: 'medium',
    message: 'Grovelling makes you sound unsure and invites bigger demands; one sincere apology is enough.',
  },
  [
    { pattern: `${INTENSE}(?:,? ${INTENSE}){1,3} sorry`, replacement: 'sorry', note: 'Stacked intensifiers sound like pleading.', source: SOURCE },
    { pattern: `sorry(?:,? (?:(?:so|very|really|truly) ){0,2}sorry){1,3}`, replacement: 'sorry', note: 'Repeating "sorry" sounds like pleading.', source: SOURCE },
    {
      pattern: `(?:please|I beg you to|I hope you can|I hope you will|can you ever|(?:I|we)(?:'m| am|'re| are)? (?:humbly )?(?:beg|begging|implore|imploring)(?: you)? to) forgive (?:me|us)`,
      replacement: "I'm sorry",
      note: 'Begging forgiveness hands the customer power over you.',
      source: SOURCE,
    },
    { pattern: `I beg (?:you|your forgiveness)`, replacement: '', note: 'Begging hands the customer power over you.', source: SOURCE },
    {
      pattern: `(?:I|we) (?:can't|cannot|can never|could never) (?:apologi[sz]e|say sorry)(?: \\w+)? enough(?: times)?`,
      replacement: "I'm sorry",
      note: 'Promises endless apology instead of a fix.',
      source: SOURCE,
    },
    {
      pattern: `(?:no|there are no) words (?:can |could )?(?:express|describe|say) how sorry (?:I|we) (?:am|are)`,
      replacement: "I'm sorry",
      note: 'Dramatises the apology instead of making it.',
      source: SOURCE,
    },
    { pattern: `(?:a (?:thousand|million)|a hundred|endless|a million and one) apologies`, replacement: 'my apologies', note: 'Dramatises the apology instead of making it.', source: SOURCE },
    {
      pattern: `(?:I|we) feel (?:\\w+ly |so |really |just )?(?:terrible|awful|horrible|sick|dreadful) about (?:this|it|that|the)`,
      replacement: '',
      note: 'Makes the apology about your feelings.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we)(?:'m| am|'re| are) (?:the worst|beyond sorry|(?:so |deeply |truly |utterly |completely )?${ABASED}(?: and (?:so |deeply )?${ABASED})?)`,
      replacement: '',
      note: 'Self-abasement sounds unsure and invites bigger demands.',
      source: SOURCE,
    },
    { pattern: `(?:I|we) (?:will|'ll|can|could) never forgive (?:myself|ourselves)(?: for (?:this|it|that))?`, replacement: '', note: 'Self-abasement sounds unsure and invites bigger demands.', source: SOURCE },
    { pattern: `please,? please`, replacement: 'please', note: 'Repeated pleading.', source: SOURCE },
    { pattern: `sorry (?:again|once again|once more),? (?:and )?(?:again|for everything)`, replacement: '', note: 'Apologises again and again.', source: SOURCE },
  ],
);
