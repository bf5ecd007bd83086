/** Flags self-justification ("we were very busy", "we're a small business"): the customer hears reasons instead of ownership. */
import { lexiconRule } from './rule';

/** The time phrase and connective that hang off an excuse ("last week, so"). */
const EXCUSE_TAIL = /^(?:\s+(?:last|this|that) (?:week|month|weekend|year|season)|\s+(?:lately|recently|at the moment|right now|these days|today|yesterday))?(?:,?\s+(?:so|and|which is why|that's why|that is why|hence)\b)?/i;

export default lexiconRule(
  {
    id: 'excuse-busy',
    category: 'excuse',
    severity: 'medium',
    extraPatterns: [EXCUSE_TAIL],
    message: 'Explaining how busy or small you are sounds like an excuse; own the delay and say what happens next.',
  },
  [
    { pattern: `(?:we|I)(?:'ve| have)? (?:been|were|was|are|'re|'m|am) (?:very |really |extremely |so |super |incredibly |quite )?(?:busy|swamped|slammed|overwhelmed|snowed under|run off our feet|short[- ]staffed|understaffed|short[- ]handed)`, replacement: '' },
    { pattern: `(?:we|I)(?:'re| are|'m| am) (?:just |only )?(?:a|one) (?:small|tiny|little|one[- ]person|family|two[- ]person) (?:business|shop|store|company|team|operation|seller)`, replacement: '' },
    { pattern: `(?:I|we)(?:'m| am|'re| are) only human`, replacement: '' },
    { pattern: `(?:I|we) (?:only|just) have (?:two|2) hands`, replacement: '' },
    { pattern: `(?:I|we) (?:was|were|have been|had been) (?:sick|ill|unwell|away|on holiday|on vacation|travell?ing|moving house)`, replacement: '', severity: 'low' },
    { pattern: `(?:it|things)(?:'s| is| has been| was) (?:been )?(?:crazy|hectic|mad|chaos|chaotic|manic) (?:here|lately|this week|at the moment|right now)`, replacement: '' },
    { pattern: `(?:it's|it is|it was) (?:the )?(?:holiday|christmas|busy|peak|festive) (?:season|period|rush)`, replacement: '' },
    { pattern: `(?:we|I) (?:had|have|'ve had|have had) (?:a )?(?:staff shortage|family emergency|lot going on|lot on (?:my|our) plate|lot of orders)`, replacement: '', severity: 'low' },
  ],
  undefined,
  (m, ctx) => {
    // Drop the excuse with its time phrase and the "so" that hangs off it; the fact after it stays.
    const tail = EXCUSE_TAIL.exec(ctx.text.slice(m.end));
    return { end: m.end + (tail ? tail[0].length : 0), replacement: '' };
  },
);
