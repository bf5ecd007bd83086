/**
 * Flags holding something the customer did or failed to do against them ("you could have simply emailed
 * me", "instead of complaining here", "you will have seen the warning", "a vase you broke yourself").
 */
import { lexiconRule } from './rule';
import { construction as c } from './lexicon/construct';

const SOURCE = 'shared/LABELLING.md (blame: "you should have", "you did not read", "you didn\'t contact us", "you must have deleted it")';

export default lexiconRule(
  {
    id: 'blame-omission',
    category: 'blame',
    severity: 'medium',
    message: 'Holding what the customer did or did not do against them makes them defend themselves; say what happens now.',
  },
  [
    {
      pattern: c(`you (?:could|should|might|would) (?:simply |just |easily |instead )?have (?:simply |just |first )?(?:{CONTACT}|{READ}|mentioned|reported|raised|informed (?:us|me)|come to (?:us|me))`),
      note: 'Hindsight about contacting or reading.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:maybe |perhaps )?(?:if you(?:'d| had) (?:only |just |simply |actually |bothered to |cared to |taken the time to )?|if you (?:actually|only|bothered to|cared to|took the time to) )(?:{READ}|{CONTACT}|listened|tried|looked)`),
      note: 'A second-person counterfactual: "if you had only…".',
      source: SOURCE,
      sentenceStart: true,
    },
    {
      pattern: c(`instead of (?:just )?{COMPLAINING}`),
      note: 'Sets what the customer did against what they "should" have done.',
      source: SOURCE,
    },
    {
      pattern: c(`before (?:you (?:start |go )?)?(?:{COMPLAINING}|complain|you complain|leaving|giving|posting|writing)(?: (?:a|such a) (?:low |bad |negative )?(?:review|rating))?`),
      note: 'Sets what the customer did against what they "should" have done.',
      source: SOURCE,
    },
    {
      pattern: `(?:please )?(?:be so kind (?:as )?to )?not (?:to )?(?:give|leave|post) (?:a )?(?:low|bad|negative|one[- ]star|1[- ]star) (?:rating|review|score)s? (?:before|without)`,
      note: 'Tells the customer off for the rating.',
      source: SOURCE,
    },
    {
      pattern: `you (?:will|'ll) have (?:seen|received|been shown|noticed|read|got|gotten) (?:a |the |an |our )?(?:warning|message|notice|prompt|instructions)`,
      note: 'Says the customer was warned.',
      source: SOURCE,
    },
    {
      pattern: `(?:which|that) (?:I'm guessing|I guess|I assume|apparently|obviously|clearly|presumably) you (?:ignored|missed|skipped|didn't read|did not read|overlooked)`,
      note: 'Says the customer ignored a warning.',
      source: SOURCE,
    },
    {
      pattern: `you(?:'re| are| were) (?:getting |a bit |probably |clearly )?(?:confused|mixing up|mistaken|confusing)`,
      note: 'Puts the problem down to the customer\'s confusion.',
      source: SOURCE,
      // Nor an acknowledgement of it ("we understand you're confused by the new menu").
      notAfter: `(?:if|when|in case|sorry|understand(?: why| that)?|see why|appreciate(?: that)?)`,
    },
    {
      pattern: `(?:looks like|seems like|it seems|apparently|it appears) you (?:set|chose|selected|booked|entered|picked|used|typed|turned|deleted|disabled|forgot|didn't|did not|have not|haven't)`,
      note: 'Puts the problem down to what the customer did.',
      source: SOURCE,
    },
    {
      pattern: `you (?:set|chose|selected|booked|entered|picked|used|typed|added) (?:too (?:few|little|many|much|early|late)|the wrong|an incorrect|a wrong|the incorrect)`,
      note: 'Puts the problem down to what the customer did.',
      source: SOURCE,
    },
    {
      // Not "the solution is in your hands": that is a pointed remark (sarcasm-courtesy), not a fault laid on the customer.
      pattern: `(?:the )?(?:solution|problem|answer|fault|issue|cause) (?:lies|is|was) (?:in|with) (?:you|your (?:own )?(?:side|end|device|phone|settings|booking|order))`,
      note: 'Puts the problem on the customer\'s side.',
      source: SOURCE,
    },
    {
      pattern: `you (?:never|didn't|did not|failed to|neglected to|(?:chose|opted|decided) not to) (?:even )?(?:mention|tell|inform|contact|report|raise|ask|notify|email|message|call|let)`,
      note: 'Holds an omission against the customer.',
      source: SOURCE,
    },
    {
      pattern: `you (?:broke|damaged|dropped|ruined|lost|deleted|cancelled|canceled|scratched|spilled on|misused) (?:\\w+ ){0,2}(?:yourself|your ?self|on your own)`,
      note: 'Says the customer caused the damage.',
      source: SOURCE,
    },
    {
      pattern: `you (?:must|probably|obviously|clearly) (?:have )?(?:deleted|broken|dropped|lost|cancelled|canceled|changed|disabled|turned off|uninstalled|misplaced|forgotten|missed|ignored)`,
      note: 'Guesses at the customer\'s mistake.',
      source: SOURCE,
    },
    {
      // A guess at what the customer did ("maybe you deleted the list", "perhaps you mixed us up with the
      // place next door?"). Not an offer or a wish ("maybe you could", "perhaps you'd like"), a concession
      // ("maybe you are right", "perhaps you have a point"), what they know, felt or got, nor a question
      // about their setup ("maybe you use another calendar?").
      pattern: `(?:maybe|perhaps) you (?!(?:could|can|would|will|might|may|should|must|shall|need|needs|have|had|did|do|are|were|want|wanted|know|knew|like|liked|love|enjoy|enjoyed|prefer|wish|mean|meant|find|found|agree|feel|felt|saw|heard|remember|recall|got|get|received|receive|tried|try|think|thought|already|also|still|use|used|own|run|live)(?![\\p{L}]))(?:just |simply |accidentally |actually |even )?\\p{L}+`,
      note: 'Guesses at the customer\'s mistake.',
      source: SOURCE,
    },
    {
      pattern: `(?:we|I) (?:encourage|ask|request|urge|would ask|remind) (?:our |all |you and other )?(?:guests|users|customers|you) to (?:share|raise|report|bring|contact|email|tell)[^.!?]{0,40}? (?:directly|first|before|at the time|during (?:your|their) stay)`,
      note: 'A lesson on what the customer should have done.',
      source: SOURCE,
    },
    {
      pattern: `(?:we(?:'re| are)|I(?:'m| am)) surprised (?:that )?you (?:never|didn't|did not|haven't|have not)`,
      note: 'Holds an omission against the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:it is|it's|it was|that is|that's|this is) (?:the )?(?:customer|guest|user|buyer|client|your)(?:'s|s')? (?:own )?(?:responsibility|job|duty|fault) to`,
      note: 'Makes the customer responsible.',
      source: SOURCE,
    },
    {
      // Not when what they were told was wrong, which is the business's slip ("sorry you were told the
      // wrong time", "you were advised incorrectly").
      pattern: `you (?:were|had been) (?:clearly |already |properly )?(?:informed|told|advised|notified|warned|made aware|shown|given the (?:option|choice))(?! (?:wrong(?:ly)?|incorrect(?:ly)?|mistakenly|falsely|by mistake|in error|the wrong|an? (?:wrong|incorrect))\\b)`,
      note: 'Says the customer was told.',
      source: SOURCE,
      notAfter: `(?:sorry|apologi[sz]e|apologies|regret)(?: that)?`,
    },
    {
      pattern: `(?:which|that|an offer|the offer) you (?:declined|refused|rejected|turned down|ignored|did not accept|didn't accept)`,
      note: 'Holds the customer\'s choice against them.',
      source: SOURCE,
    },
    {
      pattern: `you (?:agreed|consented) to (?:the|our|these|those) (?:terms|policy|policies|conditions|rules)`,
      note: 'Holds the terms against the customer.',
      source: SOURCE,
    },
    {
      pattern: `you (?:did not|didn't|failed to|forgot to|never) (?:cancel|update|enable|disable|follow|provide|select|choose|set|turn (?:on|off)|save|back up|sync|register|confirm|pay)`,
      note: 'Holds an omission against the customer.',
      source: SOURCE,
      notAfter: `(?:if|in case|when|sorry|whether|unless|because)`,
    },
    {
      pattern: `(?:please )?(?:read|check|re-?read|review) (?:the|our) (?:description|listing|terms|faq|faqs|policy|policies|instructions|manual|help|guide|documentation|t&cs?) (?:carefully |properly |again |first )?(?:before|next time|first)`,
      note: 'An instruction that lectures the customer.',
      source: SOURCE,
    },
    {
      pattern: `(?:there (?:is|was) no need to|you (?:did not|didn't) need to|no need for) (?:shout|be rude|swear|get (?:angry|aggressive)|leave (?:a|such)|give (?:a|such)|insult)`,
      note: 'Tells the customer off.',
      source: SOURCE,
    },
    {
      pattern: `(?:shouting|yelling|swearing) at (?:me|us|our staff|the staff)`,
      note: 'Tells the customer off.',
      source: SOURCE,
    },
    {
      pattern: `you (?:were|was|are) (?:being )?(?:rude|aggressive|abusive|drunk|intoxicated|loud|disruptive|impatient|unreasonable|demanding) (?:to|towards|with|at)`,
      note: 'Puts the problem down to the customer\'s behaviour.',
      source: SOURCE,
    },
    {
      pattern: `at no (?:point|time) did you`,
      note: 'Holds an omission against the customer.',
      source: SOURCE,
    },
    {
      pattern: `you (?:could|should|might|would|can) (?:simply |just |also |in future )?(?:have )?(?:simply |just )?(?:done|do|show|shown|given|give) (?:me|us|(?:app )?developers|them|the (?:team|developers?)) the courtesy`,
      note: 'Tells the customer off for not asking first.',
      source: SOURCE,
    },
    {
      pattern: `(?:please )?(?:don't|do not|never) (?:leave|give|post|write|drop) (?:a |such a )?(?:bad |low |negative |one[- ]star |1[- ]star |poor |harsh )?(?:rating|comment|review|feedback|score)s? (?:without|before)`,
      note: 'Tells the customer off for the review.',
      source: SOURCE,
    },
    {
      pattern: `you (?:\\w+ )?(?:missed|misunderstood|misread|misinterpreted|overlooked|ignored|skipped) (?:the|our|my|this|all) (?:whole |entire |main )?(?:point|purpose|idea|instructions?|description|warnings?|messages?|help|notice|note|steps|information)`,
      note: 'Puts the problem down to what the customer missed.',
      source: SOURCE,
    },
    {
      // "This was clearly stated on the hotel's booking page", "it is written in the description". Not "as described on the page", nor "the steps are explained in our guide": those point to help.
      pattern: c(`(?:(?:it|this|that|which|these|they|everything|all (?:of )?(?:this|that|it))(?:'s|'re| is| are| was| were| has been| have been| had been)|again) (?:clearly |also |all |already |explicitly |specifically |plainly |duly |very clearly )?(?:mentioned|stated|written|described|explained|documented|covered|shown|specified|indicated|listed|displayed|printed) (?:clearly |explicitly )?(?:in|on|at) (?:the|our|my|its|(?:[a-z]+ ){0,2}[a-z]+['’]s) (?:[a-z]+ ){0,2}?{DOCUMENT}`),
      note: 'Implies the customer did not read it.',
      source: SOURCE,
    },
    {
      pattern: c(`next time,? (?:please |try (?:to )?|make sure (?:to |you )?|be sure to )?(?:{READ}|reading|checking|looking at) (?:the|our|my) (?:[a-z]+ ){0,2}?{DOCUMENT}`),
      note: 'A lesson for the customer instead of help.',
      source: SOURCE,
    },
    {
      pattern: `(?:because|since|as) you (?:\\w+ly )?(?:ignored|skipped|overlooked|disregarded) (?:the|our|my)`,
      note: 'Puts the problem down to what the customer missed.',
      source: SOURCE,
    },
    {
      pattern: c(`(?:is|are|was|were) (?:all )?(?:right there|clearly visible|plain to see) (?:on|in) (?:the|our|my) (?:[a-z]+ ){0,2}?{DOCUMENT}`),
      note: 'Implies the customer did not read it.',
      source: SOURCE,
    },
    {
      // The same said by the writer: "I mention this in the store listing". Not "we explain how in our guide": that points to help.
      pattern: c(`(?:I|we)(?:'ve| have)? (?:already |clearly |also |even |explicitly |always )?(?:mention(?:ed)?|state[ds]?|note[ds]?|said|say|warn(?:ed)? about) (?:this|that|it|all (?:of )?this) (?:very )?(?:clearly |explicitly )?(?:in|on|at) (?:the|our|my|its) (?:[a-z]+ ){0,2}?{DOCUMENT}`),
      note: 'Implies the customer did not read it.',
      source: SOURCE,
    },
    {
      pattern: `you(?:'re| are) (?:solely |fully |entirely |yourself )?responsible (?:for|to)`,
      note: 'Makes the customer responsible.',
      source: SOURCE,
    },
    {
      pattern: `(?:don't|do not|never) ignore (?:the |our |my )?(?:help|warnings?|messages?|instructions|developers?)`,
      note: 'Tells the customer off.',
      source: SOURCE,
    },
    {
      pattern: `(?:I|we) wish (?:users|people|customers|guests|buyers|you) (?:knew|would|could|read|understood|understand)`,
      note: 'Talks down to the customer.',
      source: SOURCE,
    },
    {
      pattern: `you (?:clearly |obviously |just |simply )?(?:don't|do not|didn't|did not) (?:understand|know|get|realise|realize) (?:how|what|the|that|why)`,
      note: 'Puts the problem down to the customer\'s understanding.',
      source: SOURCE,
      notAfter: `(?:if|when|in case|sorry|whether|because|that)`,
    },
    {
      pattern: `(?:more wisely|more carefully next time|next time,? (?:please )?(?:choose|pick|book|read|check|look))`,
      note: 'A lesson for the customer.',
      source: SOURCE,
    },
    {
      pattern: `you were (?:asked|requested|reminded|told|given) (?:several|many|multiple|a few|some|\\d+)?\\s?(?:times|questions|times to|to)`,
      note: 'Says the customer was asked and did not answer.',
      source: SOURCE,
    },
    {
      pattern: `you (?:only |just |then |also )?(?:disturbed|upset|annoyed|bothered|insulted|abused|shouted at|yelled at|threatened|harassed) (?:other |our |the |my )?(?:guests|staff|team|customers|people|everyone|me|us)`,
      note: 'Puts the problem down to the customer\'s behaviour.',
      source: SOURCE,
    },
    {
      pattern: `you (?:are|were) (?:well |fully )?aware (?:of )?(?:what you|that you|of your)`,
      note: 'Insinuates the customer is at fault.',
      source: SOURCE,
    },
    {
      pattern: `without (?:first )?(?:asking|telling|informing|contacting|letting (?:us|me|the \\w+) know|speaking to|talking to|saying|explaining|mentioning|reporting|giving (?:us|me) (?:a|the) chance)`,
      note: 'Holds what the customer did not do against them.',
      source: SOURCE,
    },
    {
      pattern: `(?:did not|didn't|never|failed to) (?:give|allow|let) (?:us|me|the (?:hotel|team|staff|shop|store|developers?|manager)) (?:an? |the |any )?(?:chance|opportunity|time)`,
      note: 'Holds what the customer did not do against them.',
      source: SOURCE,
    },
    {
      pattern: `(?:not to|don't|do not|please don't|please do not) (?:use|be) (?:abusive|rude|offensive|foul|bad|insulting|aggressive)(?: (?:language|words|with))?`,
      note: 'Tells the customer off for their behaviour.',
      source: SOURCE,
    },
    {
      pattern: `hiding behind (?:the |a |your )?(?:keyboard|screen|computer|phone)`,
      note: 'Ridicules the customer for complaining online.',
      source: SOURCE,
    },
  ],
);
