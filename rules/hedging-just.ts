/** Flags the softener "just" in "I just wanted to…", "just checking": it shrinks what you say. "It just arrived" is fine. */
import { lexiconRule } from './rule';

const SOURCE = 'Just Not Sorry (Gmail plug-in); shared/LABELLING.md (hedging)';
/** The verb a softened intention hangs on, and its plain form. */
const INTENT: [RegExp, string][] = [
  [/\b(?:wanted|want|wanting)\b/i, 'want'],
  [/\b(?:hoped|hoping)\b/i, 'hope'],
  [/\b(?:wondered|wondering)\b/i, 'would like to know'],
  [/\b(?:thought|think)\b/i, 'think'],
];
const SUBJECT = /^(I|we)\b/i;
const SOFTENER = /\b(?:just|only|simply|merely)\s+/i;

export default lexiconRule(
  {
    id: 'hedging-just',
    category: 'hedging',
    severity: 'medium',
    extraPatterns: [SUBJECT, /\bto\b/i, SOFTENER, /^a (?:quick|friendly|gentle|small|little|short) /i, ...INTENT.map(([re]) => re)],
    message: '"Just wanted to" shrinks what you are saying; say it directly.',
  },
  [
    {
      pattern: `(?:I|we) (?:was |were )?(?:just|only|simply|merely) (?:wanted|want|wanting|thought|think|wondered|wondering|hoped|hoping)(?: to)?(?: (?:maybe|possibly|quickly|kindly))?`,
      note: 'Start with the point.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we)(?:'m| am|'re| are|'d| would) just (?:writing|emailing|messaging|getting in touch|dropping you a (?:line|note)|like|love)`,
      note: 'The softener shrinks your own message.',
      source: SOURCE,
    },
    {
      pattern: `just (?:checking|following up|touching base|reaching out|circling back|a (?:quick|friendly|gentle) (?:reminder|note))(?: in)?`,
      note: 'The softener shrinks your own message.',
      source: SOURCE,
    },
    {
      pattern: `just a (?:(?:quick|friendly|gentle|small|little|short) )?(?:heads[- ]up|reminder|note|update|word)`,
      sentenceStart: true,
      note: 'The softener shrinks your own message.',
      source: SOURCE,
    },
    {
      pattern: `just (?:wondering|curious|asking)`,
      sentenceStart: true,
      note: 'The softener shrinks your own question.',
      source: SOURCE,
    },
    {
      pattern: `just to (?:(?:let|letting) you know|say|confirm|remind you|update you|mention),?`,
      sentenceStart: true,
      note: 'A wind-up before the point; start with the point.',
      source: SOURCE,
    },
  ],
  undefined,
  (m) => {
    // "I just wanted to maybe ask" -> "I want to ask"; "Just following up" -> "I'm following up".
    if (/^just to /i.test(m.text)) return { replacement: '' };
    const subject = SUBJECT.exec(m.text)?.[1];
    if (subject) {
      const intent = INTENT.find(([re]) => re.test(m.text));
      if (!intent) return { replacement: m.text.replace(SOFTENER, '') };
      if (/\bto\b/i.test(m.text) && intent[1] !== 'would like to know') return { replacement: `${subject} ${intent[1]} to` };
      return { replacement: `${subject} ${intent[1]}` };
    }
    const rest = m.text.replace(/^just\s+/i, '');
    return { replacement: /^a\s/i.test(rest) ? rest.replace(/^a (?:quick|friendly|gentle|small|little|short) /i, 'a ') : `I'm ${rest}` };
  },
);
