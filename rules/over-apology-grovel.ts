/** Flags grovelling ("so so sorry", "please forgive me", "I can't apologise enough"): it sounds unsure and invites more demands. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'over-apology-grovel',
    category: 'over-apology',
    severity: 'medium',
    message: 'Grovelling makes you sound unsure and invites bigger demands; one sincere apology is enough.',
  },
  [
    { pattern: `(?:so|very|really|terribly|truly|deeply|extremely) (?:so|very|really|terribly|truly|deeply|extremely) sorry`, replacement: 'sorry' },
    { pattern: `sorry,? sorry(?:,? sorry)*`, replacement: 'sorry' },
    { pattern: `(?:please|I beg you to|I hope you can|I hope you will|can you ever) forgive (?:me|us)`, replacement: "I'm sorry" },
    { pattern: `I beg (?:you|your forgiveness)`, replacement: '' },
    { pattern: `(?:I|we) (?:can't|cannot|can never|could never) apologi[sz]e enough`, replacement: "I'm sorry" },
    { pattern: `(?:a (?:thousand|million)|a hundred|endless|a million and one) apologies`, replacement: 'my apologies' },
    { pattern: `(?:I|we) feel (?:so |really |just )?(?:terrible|awful|horrible|sick|dreadful) about (?:this|it|that|the)`, replacement: '' },
    { pattern: `(?:I|we)(?:'m| am|'re| are) (?:the worst|so ashamed|mortified|beyond sorry)`, replacement: '' },
    { pattern: `sorry (?:again|once again|once more),? (?:and )?(?:again|for everything)`, replacement: '' },
  ],
);
