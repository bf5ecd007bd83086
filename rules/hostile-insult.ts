/** Flags insults, profanity and scorn ("that's ridiculous", "stupid question"): nothing ends a conversation faster. */
import { lexiconRule } from './rule';

const SCORN = '(?:ridiculous|absurd|nonsense|pathetic|laughable|a joke|rubbish|garbage|bs|bullshit|stupid|idiotic|moronic)';

export default lexiconRule(
  {
    id: 'hostile-insult',
    category: 'hostile',
    severity: 'high',
    message: 'Insults, scorn and swearing end the conversation; say what you can and cannot do instead.',
  },
  [
    { pattern: `(?:that|this)(?:'s| is) (?:just |simply |absolutely |completely |frankly |utterly )?${SCORN}`, replacement: 'I understand' },
    { pattern: `your (?:request|demand|claim|complaint|message|email|question|review|expectation)s? (?:is|are|was|were) (?:just |simply |absolutely |completely |frankly )?${SCORN}`, replacement: '' },
    { pattern: `(?:a |what a )?(?:stupid|dumb|silly|ridiculous|idiotic) (?:question|request|complaint|claim|demand|thing to say)`, replacement: '' },
    { pattern: `you(?:'re| are) (?:being )?(?:an? )?(?:idiot|moron|fool|clown|liar|stupid|dumb|crazy|insane|pathetic|ridiculous|unreasonable|rude|entitled|delusional|a scammer|a thief|a joke|impossible|nuts)`, replacement: '' },
    { pattern: `(?:idiot|moron|imbecile|dumbass|jerk|loser|scammer|clown)s?`, replacement: '' },
    { pattern: `f+u+c+k+\\w*|f\\*+k\\w*|sh[i1]t\\w*|bullshit|bs|crap|crappy|damn(?:ed|it)?|goddamn\\w*|hell no|wtf|stfu|piss(?:ed)? off|screw you|bloody hell|a(?:ss|rse)hole\\w*|bastard\\w*|bitch\\w*|dickhead|twat|wanker` },
  ],
  (m, ctx) => {
    // "it's a nightmare, I know it's not good enough" is empathy; scorn words aimed at our own failure are fine.
    if (/^(?:that|this)/i.test(m.text) && /\b(?:I|we) (?:agree|know|understand)\b/i.test(ctx.text.slice(0, m.start))) return false;
    return true;
  },
);
