/** Flags apologies for the customer's feelings instead of our act ("sorry if you feel that way"): they read as blame in disguise. */
import { lexiconRule } from './rule';

const SORRY = "(?:(?:I'm|I am|we're|we are) (?:so |very |really |truly )?sorry|sorry|(?:I|we) apologi[sz]e|(?:I|we) regret)";

export default lexiconRule(
  {
    id: 'non-apology-conditional',
    category: 'non-apology',
    severity: 'high',
    message: "Apologising for how the customer feels, or only \"if\" something happened, isn't an apology; say sorry for what went wrong.",
    },
  [
    { pattern: `${SORRY} (?:that |if )?you (?:feel|felt|see it|think|thought|believe|perceived?) (?:that way|this way|so|like that)`, replacement: "I'm sorry for the frustration this has caused" },
    { pattern: `${SORRY} (?:if|that) you(?:'re| are| were|'ve been| have been| got| feel| felt) (?:upset|offended|unhappy|disappointed|annoyed|hurt|confused|bothered|dissatisfied)`, replacement: "I'm sorry for the frustration this has caused" },
    { pattern: `${SORRY} you(?:'re| are| were| feel| felt) (?:upset|offended|unhappy|annoyed|hurt|bothered)(?= *[.,!]|$| by| with| about)`, replacement: "I'm sorry for the frustration this has caused" },
    { pattern: `${SORRY} (?:if|that) you (?:took|take) (?:it|this|that|offen[cs]e)`, replacement: "I'm sorry for the frustration this has caused" },
    { pattern: `${SORRY} for how you (?:feel|felt)`, replacement: "I'm sorry for the frustration this has caused" },
    { pattern: `${SORRY} if (?:I|we|this|that|it|(?:my|our) (?:email|message|reply|response|tone|words|comment|note)) (?:has |have |may have |might have )?(?:caused|upset|offended|inconvenienced|came across|come across|hurt|sounded|seemed|was (?:unclear|confusing|rude)|were (?:unclear|confusing|rude))`, replacement: "I'm sorry for the trouble this caused" },
    { pattern: `${SORRY} (?:for )?any (?:inconvenience|trouble|confusion|upset) (?:this|that|it) may have caused`, replacement: "I'm sorry for the trouble this caused", severity: 'low' },
  ],
  undefined,
  // The replacement is a whole apology: it takes the rest of its clause with it ("…feel that way about our service").
  (m, ctx) => {
    const rest = /^[^.!?;,]{0,80}/.exec(ctx.text.slice(m.end))![0];
    return { end: m.end + rest.replace(/\s+$/, '').length };
  },
);
