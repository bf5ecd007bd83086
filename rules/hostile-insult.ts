/** Flags insults, profanity and scorn ("that's ridiculous", "stupid question"): nothing ends a conversation faster. */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';

const SOURCE = 'shared/LABELLING.md (hostile: insulting, ridicule); retext-profanities';
/** Scorn for what the customer said or asked. */
const SCORN =
  '(?:ridiculous|absurd|nonsense|pathetic|laughable|a joke|rubbish|garbage|bs|bullshit|stupid|idiotic|moronic|childish|petty|ludicrous|preposterous|nonsensical|delusional|juvenile)';
/** The same scorn as an adjective before a noun. */
const SCORN_ADJ = '(?:stupid|dumb|silly|ridiculous|idiotic|ludicrous|absurd|childish|pathetic|laughable|nonsensical|petty|moronic|preposterous)';
/** What the customer wrote or asked, as the target of scorn. */
const THEIR_WORDS = '(?:request|demand|claim|complaint|message|email|question|review|rating|comment|idea|excuse|story|expectation)s?';
/** Words for a person with no sense. */
const FOOL = '(?:clueless|ignorant|an? (?:idiot|moron|fool|clown|liar|scammer|thief|joke)|stupid|dumb|crazy|insane|pathetic|ridiculous|unreasonable|rude|entitled|delusional|impossible|nuts|childish)';

export default lexiconRule(
  {
    id: 'hostile-insult',
    category: 'hostile',
    severity: 'high',
    message: 'Insults, scorn and swearing end the conversation; say what you can and cannot do instead.',
  },
  [
    {
      pattern: `(?:that|this)(?:'s| is) (?:just |simply |absolutely |completely |frankly |utterly )?${SCORN}`,
      replacement: 'I understand',
      note: 'Scorns what the customer said.',
      source: SOURCE,
    },
    {
      pattern: `(?:your|this|that) ${THEIR_WORDS} (?:is|are|was|were) (?:just |simply |absolutely |completely |frankly |utterly )?(?:an? (?:pile|load|heap|bunch) of )?${SCORN}`,
      replacement: '',
      note: 'Scorns what the customer said.',
      source: SOURCE,
    },
    {
      pattern: `(?:a |what a )?${SCORN_ADJ} (?:question|request|complaint|claim|demand|thing to say|review|rating|comment|idea|excuse|email|message|story)`,
      replacement: '',
      note: 'Scorns what the customer said.',
      source: SOURCE,
    },
    {
      pattern: `you(?:'re| are| sound| seem| look| come across as| must be) (?:being )?(?:\\w+ly |very |so |really |just )?${FOOL}`,
      replacement: '',
      note: 'Insults the customer.',
      source: SOURCE,
    },
    {
      pattern: c(`only (?:an? )?(?:{INSULT}|fool|idiot|child) would`),
      note: 'Calls the customer a fool by implication.',
      source: SOURCE,
    },
    {
      pattern: `(?:people|guests|users|customers|folks) like you (?:are|ruin|make|never|always|think|spoil)`,
      note: 'Lumps the customer into a group to be scorned.',
      source: SOURCE,
    },
    {
      pattern: `(?:learn|get) some (?:manners|respect|common sense|sense)|use your (?:brain|head|common sense|eyes)`,
      note: 'Talks down to the customer.',
      source: SOURCE,
    },
    { pattern: `(?:idiot|moron|imbecile|dumbass|jerk|loser|scammer|clown)s?`, replacement: '', note: 'A name for the customer, not a reply.', source: SOURCE },
    {
      pattern: `f+u+c+k+\\w*|f\\*+k\\w*|sh[i1]t\\w*|bullshit|bs|crap|crappy|damn(?:ed|it)?|goddamn\\w*|hell no|wtf|stfu|piss(?:ed)? off|screw you|bloody hell|a(?:ss|rse)hole\\w*|bastard\\w*|bitch\\w*|dickhead|twat|wanker`,
      note: 'Swearing in a reply to a customer.',
      source: 'retext-profanities',
    },
  ],
  (m, ctx) => {
    // "it's a nightmare, I know it's not good enough" is empathy; scorn words aimed at our own failure are fine.
    if (/^(?:that|this)/i.test(m.text) && /\b(?:I|we) (?:agree|know|understand)\b/i.test(ctx.text.slice(0, m.start))) return false;
    return true;
  },
);
