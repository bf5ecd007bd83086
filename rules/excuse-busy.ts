/** Flags self-justification ("we were very busy", "we're a small business"): the customer hears reasons instead of ownership. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'excuse-busy',
    category: 'excuse',
    severity: 'medium',
    message: 'Explaining how busy or small you are sounds like an excuse; own the delay and say what happens next.',
  },
  [
    { pattern: `(?:we|I)(?:'ve| have)? (?:been|were|was|are|'re|'m|am) (?:very |really |extremely |so |super |incredibly |quite )?(?:busy|swamped|slammed|overwhelmed|snowed under|run off our feet|short[- ]staffed|understaffed|short[- ]handed)`, replacement: '' },
    { pattern: `(?:we|I)(?:'re| are|'m| am) (?:just |only )?(?:a|one) (?:small|tiny|little|one[- ]person|family|two[- ]person) (?:business|shop|store|company|team|operation|seller)`, replacement: '' },
    { pattern: `(?:I|we)(?:'m| am|'re| are) only human`, replacement: '' },
    { pattern: `(?:I|we) (?:only|just) have (?:two|2) hands`, replacement: '' },
    { pattern: `(?:I|we) (?:was|were|have been|had been) (?:sick|ill|unwell|away|on holiday|on vacation|travell?ing|moving house)`, replacement: '', severity: 'low' },
    { pattern: `(?:it|things)(?:'s| is| has been| was) (?:been )?(?:crazy|hectic|mad|chaos|chaotic|manic) (?:here|lately|this week|at the moment|right now)`, replacement: '' },
  ],
);
