/**
 * Flags mock politeness and pointed remarks ("do me the courtesy of emailing", "a little gratitude would
 * be nice", "wish I hadn't bothered", "good luck finding anyone else"): politeness used as a weapon.
 */
import { lexiconRule } from './rule';
import { infinitive } from './nlp';
import { construction as c } from './lexicon/construct';

const SOURCE = 'shared/LABELLING.md (sarcasm: passive-aggressive or condescending wording, mock politeness, "congratulations")';

/** "Maybe you could be more specific": the ask, talked down. */
const MAYBE_MORE = /^(?:maybe|perhaps)[ \t]+(?:(?:in (?:the )?future|next time),?[ \t]+)?you[ \t]+(?:could|would|can|might)[ \t]+(be[ \t]+(?:more|a little|a bit))$/i;
/** "Perhaps you could show us the courtesy of phoning first": the request, with the courtesy and any hindsight around it. */
const COURTESY_REQUEST =
  /\b(?:(?:maybe|perhaps)[ \t]+)?(?:(?:in (?:the )?future|next time),?[ \t]+)?(?:(you[ \t]+(?:could|would|might)|could[ \t]+you|would[ \t]+you|can[ \t]+you)[ \t]+(?:(?:simply|just|please|kindly)[ \t]+)?(?:(?:simply|just)[ \t]+)?(?:have[ \t]+)?)?(?:do|did|done|doing|show|showed|extend)[ \t]+(?:me|us)[ \t]+the[ \t]+courtesy[ \t]+of[ \t]+([a-z]{2,16}ing)\b/gi;

export default lexiconRule(
  {
    id: 'sarcasm-courtesy',
    category: 'sarcasm',
    severity: 'medium',
    message: 'Mock politeness reads as a jab; say plainly what you need from the customer.',
    extraPatterns: [COURTESY_REQUEST, MAYBE_MORE],
  },
  [
    { pattern: `(?:do|did|done|doing|show|showed|extend) (?:me|us|(?:app )?developers|them|the (?:team|developers?)) the courtesy`, note: 'Mock politeness.', source: SOURCE },
    { pattern: `(?:(?:show|have|had) )?(?:a little|a bit of|some|an (?:ounce|iota) of|a little bit of) (?:gratitude|respect|appreciation|patience|courtesy|manners)(?! (?:for|to|from|with))`, note: 'Lectures the customer on manners.', source: SOURCE },
    { pattern: `(?:wish|regret(?: that)?) (?:I|we) (?:(?:hadn't|had not|didn't|did not|never) )?bother(?:ed)?`, note: 'Resentment aimed at the customer.', source: SOURCE },
    {
      // "You could simply have emailed me": the hindsight made small ("simply", "just"), so the customer looks foolish for not doing it.
      // "Just" only after could/might: "you should have just received our email" means "a moment ago".
      pattern: c(`you (?:(?:could|might|should)(?: (?:simply|merely) have| have (?:simply|merely))|(?:could|might)(?: just have| have just)) (?:{CONTACT}|{READ}|phoned|rung|texted|sent|dropped|given|done|tried|used|clicked|tapped|pressed|searched)`),
      note: 'Hindsight made to sound easy: a jab at the customer.',
      source: SOURCE,
    },
    { pattern: `(?:couldn't|could not|can't|cannot) be bothered`, note: 'Implies the customer is lazy.', source: SOURCE },
    { pattern: `maybe (?:in (?:the )?future |next time )?you (?:could|would|can|might) (?:do|show|try to|at least|actually|just|simply|be (?:more|a little|a bit))`, note: 'A suggestion that talks down to the customer.', source: SOURCE, sentenceStart: true },
    { pattern: `good luck (?:finding|getting|with (?:that|your)|trying|elsewhere)`, note: 'A sneer dressed as a wish.', source: SOURCE },
    { pattern: `(?:thanks|thank you) (?:so much |very much |ever so much )?for (?:nothing|your (?:kind )?(?:patience|understanding) (?:i'm sure|I guess)|the (?:lecture|lesson|sermon|essay|novel|speech|(?:one|1|single|two|2|low)[- ]star))`, note: 'Sarcastic thanks.', source: SOURCE },
    { pattern: `(?:I|we) (?:hope|trust) (?:you(?:'re| are) (?:happy|satisfied) now|that makes you happy)`, note: 'Sarcastic wish.', source: SOURCE },
    {
      // The ultimatum: "if you don't tell us, nothing changes / there's nothing we can do / the app can't improve".
      // Any way of saying that the customer's silence leaves them without help, not only the words once read.
      pattern: c(
        `(?:if|unless) you(?: [\\w']+){0,3}? (?:{EXPLAIN}|tell|give)\\b[^.!?]{0,80}?(?:nothing (?:will|can|is going to|would) (?:ever )?(?:change|happen|improve|get better|be done)|(?:there(?:'s| is)|we have|I have) nothing (?:(?:more )?(?:we|I) )?(?:can|could) do|(?:we|I) (?:can't|cannot|can not|won't|will not|are unable to|am unable to) (?:do anything|help|improve|fix|solve|make)|(?:it|things|(?:the|this|our|my) \\w+) (?:can't|cannot|can never|won't|will not|will never) (?:improve|change|get better))`,
      ),
      note: 'A pointed warning instead of an invitation.',
      source: SOURCE,
    },
    { pattern: `(?:lol|lmao|rofl|haha+|hehe+)`, note: 'Laughing at the customer.', source: SOURCE },
    { pattern: `(?:really|seriously)\\?(?= |$)`, note: 'A scoffing one-word question.', source: SOURCE, sentenceStart: true },
    { pattern: `how hard (?:can it|is it|could it) (?:be )?(?:to|for you)`, note: 'Implies the customer is slow.', source: SOURCE },
    { pattern: `(?:it(?:'s| is)|everything(?:'s| is)) (?:all )?(?:right there|explained|written|described) in (?:the|our) (?:description|listing|faq|help|manual|instructions)`, note: 'Implies the customer did not look.', source: SOURCE },
    { pattern: `(?:we|I) (?:wish|hope) you (?:find|have) (?:better luck|a better (?:\\w+ )?(?:app|hotel|shop|experience) elsewhere)`, note: 'A sneer dressed as a wish.', source: SOURCE },
    { pattern: `not everyone (?:can|is able to|manages to|gets)`, note: 'Talks down to the customer.', source: SOURCE },
    { pattern: `(?:some|certain) people`, note: 'Talks about the customer as "some people".', source: SOURCE, sentenceStart: true },
    { pattern: `\\u{1F937}[\\u{1F3FB}-\\u{1F3FF}]?(?:\\u200D[\\u2640\\u2642]\\uFE0F?)?`, note: 'A shrug at the customer.', source: SOURCE },
    { pattern: `(?:we|I) (?:invite|urge|advise|ask) you to (?:focus on|look at|consider) (?:the )?(?:positive|good)`, note: 'Lectures the customer on their review.', source: SOURCE },
    { pattern: `(?:the )?(?:solution|answer|fix|key) (?:is|lies) (?:in|with) your (?:own )?hands`, note: 'Puts the fix on the customer, pointedly.', source: SOURCE },
    { pattern: `(?:but )?otherwise,? (?:nothing will change|the app (?:cannot|can't|won't) improve|we (?:cannot|can't) (?:do anything|help|improve))`, note: 'A pointed warning instead of an invitation.', source: SOURCE },
    { pattern: `(?:we|I) (?:expect|would expect|hope for|look forward to) (?:a |an )?(?:more )?(?:positive|better|higher|good|5[- ]star|five[- ]star) (?:rating|review|score)`, note: 'Asks for a better rating, pointedly.', source: SOURCE },
    { pattern: `(?:I|we)(?:'m| am|'re| are) sure you (?:knew|know|realised|realized|understood) (?:that|this)`, note: 'A jab at the customer.', source: SOURCE },
    { pattern: `your loss(?= *[.!]|$)`, note: 'A sneer.', source: SOURCE },
    { pattern: `congratulations(?:,? you(?:'ve| have)?| on| for) (?:(?:find(?:ing)?|found|spott(?:ing|ed)|discover(?:ing|ed)|manag(?:ing|ed)|notic(?:ing|ed)|work(?:ing|ed) out|break(?:ing)?|broken?)\\b|the (?:only|one|first|single))`, note: 'Mock praise.', source: SOURCE },
    { pattern: `(?:I|we)(?:'m| am|'re| are) sure you know (?:best|better|everything|more than)`, note: 'Mock deference.', source: SOURCE },
    { pattern: `(?:nice|kind|good|lovely|great) of you to (?:finally|eventually|at last)`, note: 'Mock praise for a late reply.', source: SOURCE },
    { pattern: `(?:funny|interesting|strange|odd|curious|amazing|convenient),? (?:how|that) you (?:only|never|suddenly|conveniently|waited|forgot|didn't|did not|chose)`, note: 'Insinuates the customer is not honest.', source: SOURCE },
    { pattern: `(?:perhaps|maybe|probably) you(?:'re| are) (?:just )?not used to`, note: 'Talks down to the customer.', source: SOURCE },
    { pattern: `you can(?:'t|not| not) please (?:everyone|everybody|every(?:one|body) all the time|all (?:of )?the people)`, note: 'Shrugs the customer off.', source: SOURCE },
    { pattern: `(?:I|we) know you want everything (?:for free|free)`, note: 'A jab at the customer.', source: SOURCE },
    { pattern: `(?:please )?be (?:a little |a bit |more )?(?:more )?(?:considerate|reasonable|fair|respectful|thoughtful) (?:before|when)`, note: 'Lectures the customer.', source: SOURCE },
    { pattern: `(?:so[- ]called|self[- ]proclaimed) (?:guests?|customers?|users?|reviewers?|experts?)`, note: 'Scare words for the customer.', source: SOURCE },
    { pattern: `(?:is|was) (?:a )?(?:very |rather )?(?:relative|subjective) (?:concept|notion|term|thing)`, note: 'Dismisses the complaint as a matter of opinion.', source: SOURCE },
    { pattern: `miss(?:ed|ing)? the (?:whole |entire |main )?point`, note: 'Talks down to the customer.', source: SOURCE },
    { pattern: `(?:(?:a little |a bit )?more |very )?wisely`, note: 'Talks down to the customer ("more carefully" is left alone: it is also how a business promises to pack).', source: SOURCE },
    { pattern: `(?:I|we) wish (?:users|people|customers|guests|buyers|you|everyone|folks) (?:knew|would|could|understood|read|realised|realized|bothered)`, note: 'Sighs at the customer.', source: SOURCE },
  ],
  undefined,
  (m, { text }) => {
    // "Maybe you could be more specific" as the plain question.
    const vaguer = MAYBE_MORE.exec(m.text);
    if (vaguer) {
      // To the end of the clause, so the restatement carries what is asked ("…more specific").
      const rest = /^[^,.;:!?]{0,40}/.exec(text.slice(m.end))![0].trimEnd();
      return { end: m.end + rest.length, replacement: `could you ${vaguer[1]}${rest}` };
    }
    // The courtesy as a plain request: "could you email me", "please email me".
    COURTESY_REQUEST.lastIndex = Math.max(0, m.start - 40);
    for (let r = COURTESY_REQUEST.exec(text); r && r.index <= m.start; r = COURTESY_REQUEST.exec(text)) {
      if (r.index + r[0].length < m.end) continue;
      const verb = infinitive(r[2].toLowerCase());
      if (verb === r[2].toLowerCase()) return undefined;
      const asks = r[1] && /^(?:could|would|can)/i.test(r[1]);
      return { start: r.index, end: r.index + r[0].length, replacement: `${asks ? 'could you' : 'please'} ${verb}` };
    }
    return undefined;
  },
);
