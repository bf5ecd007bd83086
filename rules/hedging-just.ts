/** Flags the softener "just" in "I just wanted to…", "just checking": it shrinks what you say. "It just arrived" is fine. */
import { lexiconRule } from './rule';

export default lexiconRule(
  {
    id: 'hedging-just',
    category: 'hedging',
    severity: 'medium',
    extraPatterns: [/^(I|we)\b/i, /\bto\b/i, /wonder/i, /^just\s+/i, /^a (?:quick|friendly|gentle) /i],
    message: '"Just wanted to" shrinks what you are saying; say it directly.',
  },
  [
    { pattern: `(?:I|we) (?:was |were )?just (?:wanted|want|wanting|thought|think|wondered|wondering|hoped|hoping)(?: to)?(?: (?:maybe|possibly|quickly|kindly))?`, note: 'Start with the point.' },
    { pattern: `just (?:checking|following up|touching base|reaching out|circling back|a (?:quick|friendly|gentle) (?:reminder|note))(?: in)?` },
  ],
  undefined,
  (m) => {
    // "I just wanted to maybe ask" -> "I want to ask"; "Just following up" -> "I'm following up".
    const subject = /^(I|we)\b/i.exec(m.text)?.[1];
    if (subject) {
      if (/\bto\b/i.test(m.text)) return { replacement: `${subject} want to` };
      return { replacement: /wonder/i.test(m.text) ? `${subject} would like to know` : `${subject} think` };
    }
    const rest = m.text.replace(/^just\s+/i, '');
    return { replacement: /^a\s/i.test(rest) ? rest.replace(/^a (?:quick|friendly|gentle) /i, 'a ') : `I'm ${rest}` };
  },
);
