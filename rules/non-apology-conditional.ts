/** Flags apologies for the customer's feelings instead of our act ("sorry if you feel that way"): they read as blame in disguise. */
import { lexiconRule } from './rule';
import { APOLOGY_LEAD } from './lexicon/classes';
import { construction as c } from './lexicon/construct';

/** The apology word, bare: the words leading into it are taken in by APOLOGY_LEAD. "Sorry again if…" is the same apology. */
const SORRY = c('{SORRY_WORD}(?: again| once again| once more)?');
const SOURCE = 'shared/LABELLING.md (non-apology: "sorry if…", "sorry you feel…", "sorry for any inconvenience", "we regret that you chose")';
const FEELINGS = "I'm sorry for the frustration this has caused";
const TROUBLE = "I'm sorry for the trouble this caused";
/** How a customer can be left feeling. */
const FEELING = '(?:upset|offended|unhappy|disappointed|annoyed|hurt|confused|bothered|dissatisfied|let down|frustrated|misled|ignored|inconvenienced|uncomfortable)';
/** Verdicts a customer reaches about what they got. */
const VERDICT = '(?:disappointing|unsatisfactory|lacking|below (?:par|expectations|your expectations)|not to your (?:liking|taste)|not good enough|poor|uncomfortable|confusing|difficult|unfriendly|rude|noisy|too \\w+)';

export default lexiconRule(
  {
    id: 'non-apology-conditional',
    category: 'non-apology',
    severity: 'high',
    message: "Apologising for how the customer feels, or only \"if\" something happened, isn't an apology; say sorry for what went wrong.",
    extraPatterns: [APOLOGY_LEAD],
  },
  [
    { pattern: `${SORRY} (?:that |if )?you (?:feel|felt|see it|think|thought|believe|perceived?) (?:that way|this way|so|like that)`, replacement: FEELINGS, note: 'Apologises for the customer\'s view, not for what happened.', source: SOURCE },
    {
      pattern: `${SORRY} (?:that |if )?you (?:feel|felt|think|thought|believe|believed) (?:that )?(?:our|the|we|this|it)`,
      replacement: FEELINGS,
      note: 'Apologises for the customer\'s view, not for what happened.',
      source: SOURCE,
    },
    {
      pattern: `${SORRY} (?:if|that) you(?:'re| are| were|'ve been| have been| got| feel| felt) (?:left )?(?:feeling )?${FEELING}`,
      replacement: FEELINGS,
      note: 'Makes the apology depend on the customer\'s feelings.',
      source: SOURCE,
    },
    { pattern: `${SORRY} you(?:'re| are| were| feel| felt) (?:upset|offended|unhappy|annoyed|hurt|bothered)(?= *[.,!]|$| by| with| about)`, replacement: FEELINGS, note: 'Apologises for the customer\'s feelings, not for what happened.', source: SOURCE },
    {
      pattern: `${SORRY} (?:that |if )?you (?:found|find|considered) (?:\\w+ ){1,3}${VERDICT}`,
      replacement: FEELINGS,
      note: 'Apologises for the customer\'s verdict, not for what happened.',
      source: SOURCE,
    },
    {
      pattern: `${SORRY} (?:that |if )?you (?:didn't|did not|don't|do not) (?:like|enjoy|love|appreciate|care for|get on with)`,
      replacement: FEELINGS,
      note: 'Apologises for the customer\'s taste, not for what happened.',
      source: 'shared/LABELLING.md (non-apology: "sorry you didn\'t like the app")',
    },
    {
      pattern: `${SORRY} (?:that )?you (?:chose|decided|opted|felt the need|felt it necessary) to`,
      replacement: FEELINGS,
      note: 'Regrets the customer\'s choice, not what the business did.',
      source: SOURCE,
    },
    { pattern: `${SORRY} (?:if|that) you (?:took|take) (?:it|this|that|offen[cs]e)`, replacement: FEELINGS, note: 'Makes the apology depend on how the customer took it.', source: SOURCE },
    { pattern: `${SORRY} for how you (?:feel|felt)`, replacement: FEELINGS, note: 'Apologises for the customer\'s feelings, not for what happened.', source: SOURCE },
    {
      // Whatever follows "if", the apology hangs on a doubt; only doubting one's own reading of the message is spared.
      pattern: `${SORRY} if(?! (?:I|we) (?:misunderstood|misread|missed|got (?:it|that|this) wrong|am wrong|'m wrong|are wrong|'re wrong)\\b)`,
      replacement: TROUBLE,
      note: '"Sorry if" doubts that anything went wrong.',
      source: SOURCE,
    },
    {
      pattern: `${SORRY} (?:for |about )?any (?:\\w+ )?(?:inconvenience|trouble|issues?|problems?|confusion|upset|disruption|disappointment|frustration|discomfort) (?:caused|if|(?:this|that|it|which|that this) (?:(?:may have|might have|has|may|might) )?cause[ds]?|(?:that |which )?you (?:(?:may|might) have|(?:have )?(?:experienced|faced|had|suffered|encountered)))`,
      replacement: TROUBLE,
      note: '"Any … caused" or "any … you may have had" doubts that anything went wrong.',
      source: SOURCE,
    },
  ],
  undefined,
  // The replacement is a whole apology: it takes the rest of its clause with it ("…feel that way about our service").
  // It takes the words that lead into the apology too ("We are extremely sorry if…"), or the fix would leave them.
  (m, ctx) => {
    const rest = /^[^.!?;,:–—]{0,80}/.exec(ctx.text.slice(m.end))![0];
    const lead = APOLOGY_LEAD.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
    return { start: m.start - (lead?.[0].length ?? 0), end: m.end + rest.replace(/\s+$/, '').length };
  },
);
