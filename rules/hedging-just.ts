/** Flags the softener "just" in "I just wanted to…", "just checking": it shrinks what you say. "It just arrived" is fine. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'hedging-just',
    category: 'hedging',
    severity: 'medium',
    message: '"Just wanted to" shrinks what you are saying; say it directly.',
  },
  [
    { pattern: `(?:I|we) (?:was |were )?just (?:wanted|want|wanting|thought|think|wondered|wondering|hoped|hoping)(?: to)?(?: (?:maybe|possibly|quickly|kindly))?`, replacement: '', note: 'Start with the point.' },
    { pattern: `just (?:checking|following up|touching base|reaching out|circling back|a (?:quick|friendly|gentle) (?:reminder|note))(?: in)?`, replacement: '' },
  ],
);
