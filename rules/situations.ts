/**
 * Reads the customer's message: angry, confused, problem, abusive, exploiting, repeat-failure (our failure
 * again) and repeat-mistake (the customer's own error again). And the advice for each. Labelling guide:
 * tests/corpus/labels/SITUATIONS.md.
 */
import type { Situation } from './types';
import { compileLexicon, entryRegexes, matchLexicon, type CompiledLexicon } from './lexicon/matcher';
import { sentences, regions } from './text';
import { shoutedSpans } from './lexicon/shouting';

const SOURCE = 'tests/corpus/labels/SITUATIONS.md';
/** A situation's word list: each entry notes what it shows. */
const lex = (note: string, patterns: string[]) => compileLexicon(patterns.map((pattern) => ({ pattern, note, source: SOURCE })));

const ANGRY = lex('Anger or strong frustration.', [
  `(?:very|so|really|extremely|incredibly|super|beyond|totally) (?:frustrat\\w*|annoy\\w*|disappoint\\w*|upset|angry|mad)|(?:this is|it's|it is) (?:getting )?(?:so |really |very )?(?:annoying|frustrating|infuriating|ridiculous|a joke)|clusterf\\w*|boycott\\w*|shame on you|(?:^|\\. )shame(?= *[.!]|$)|profiteer\\w*|exploit(?:ing|ative)|illegal|rip(?:ping)? (?:us|me|people|customers) off|morons?|idiots?|lazy (?:ass|\\w+ )|(?:keep|stop) trying|how (?:is|are) (?:this|that|you) (?:even )?(?:allowed|legal|acceptable)`,
  `furious|livid|outraged|fuming|angry|pissed(?: off)?|mad at|fed up|sick (?:and tired )?of|had enough|disgusted|disgusting|disgrace(?:ful)?|appall(?:ed|ing)|unacceptable|ridiculous|absurd|outrageous|pathetic|useless|incompetent|worst|terrible|horrible|awful|atrocious|shocking|shameful|joke|scam(?:mers?)?|rip[- ]?off|never (?:again|buying|ordering|shopping)|how dare|what the hell|wtf|fuck\\w*|shit\\w*|bullshit|damn|crap|screw(?:ed)? (?:you|me|up)|i(?:'m| am) (?:done|so done|beyond)|waste of (?:my )?(?:time|money)|beyond (?:frustrat\\w*|annoy\\w*|disappoint\\w*)|extremely (?:frustrat\\w*|disappoint\\w*|annoy\\w*|upset)`,
]);
const CONFUSED = lex('Not understanding, or asking how.', [
  `how (?:do|can|should|would|could|to) (?:I|we|you|one|they|i)|what (?:does|do|is|should|did|can) [^?.!]{1,40}mean|I (?:don't|do not|dont|can't|cannot|cant) (?:understand|figure out|work out|tell)|(?:I'm|I am|im|I'm a bit|I'm really) (?:confused|lost|not sure|unsure)|not sure (?:how|what|why|if|whether|where|which)|confus(?:ed|ing)|can (?:someone|anyone|you) (?:explain|tell me|clarify)|where (?:do|can|should) I|where (?:is|are) the (?:setting|option|button|page|link|form|menu)s?|which (?:one|option|size|version|plan) should|what(?:'s| is) the difference|is (?:it|there) (?:possible|a way|any way)|does (?:this|it|that) mean|do I need to|am I supposed to|what am I (?:doing wrong|missing)|how to (?!\\w+ (?:you|this))`,
  `what (?:can|should|do|shall) (?:I|we|i) do|what(?:'s| is) the (?:best|right|quickest|easiest) way|(?:any|an) (?:ideas?|suggestions?|advice|tips?)(?: (?:on|for|about|why|how|what|please))?\\?|(?:does )?(?:anybody|anyone|someone) know|(?:can|will|could) (?:I|we|my \\w+) (?:install|use|get|change|transfer|switch|upgrade|add|move|keep)[^.!?]{0,60}\\?|(?:are|is) (?:you|y'all|yall|they|we) (?:accepting|allowed|supposed|able)|I (?:didn't|did not|don't|do not) (?:know|realise|realize) (?:how|what|that|where|why)|how are we (?:going|supposed) to|haven't seen this|I (?:don't|do not|dont) (?:get|see) (?:what|why|how|where|which)`,
]);
/** Negated ability: "I can't log in", "it won't load", "the code doesn't show up". */
const FAILED = "(?:can't|cannot|cant|can not|couldn't|could not|won't|wont|will not|doesn't|does not|doesnt|didn't|did not|didnt|isn't|is not|aren't|wasn't|unable to|not able to|fails? to|failed to|not)";
const ACT = '(?:find|see|get|log ?in|login|sign ?in|sign into|access|stream|download|redeem|claim|switch|play|connect|load|update|updating|save|use|open|work|working|send|sending|receive|show|showing|start|install|watch|hear|change|remove|cancel|pay|buy|verify|reset|join|upload|delete|turn on|boot|sync|syncing|arrive|accept|recogni[sz]e|let me|allow me|unenroll|activate|restore|recover|appear|come|transfer|print|charge|charging)';
const PROBLEM = lex('A concrete fault with the product, order or account.', [
  `(?:hasn't|has not|haven't|have not|hasnt|havent|didn't|did not|didnt|never|still not|still hasn't|still haven't|yet to) (?:arrived?|received?|come|came|got(?:ten)?|shown up|been (?:delivered|shipped|refunded|dispatched|sent|posted)|delivered|shipped|refunded|heard back|worked?)`,
  `(?:didn't|didnt|did not|never|haven't|havent|have not|still haven't) (?:get|got|receive|received)|(?:lost|forgot) (?:my|his|her|our|their) (?:phone|mobile|password|account|order|parcel|package|card|login|apple id|id)|(?:not|isn't|is not|won't|doesn't|does not) (?:letting|let) me|(?:got|get|been|is|was|am|are) (?:locked|lock) out|(?:didn't|did not|didnt) work|disappeared|vanished|gone missing|(?:is|are|it's) missing|not (?:on|in) my (?:account|library|inventory)|(?:not|isn't|aren't|doesn't|don't|won't) (?:showing|show) up|disconnect(?:ion|ed|s|ing)?|(?:have|has|having|got|there's|there is) (?:a|an|this|the|some|same) (?:problem|issue|bug|glitch)`,
  `${FAILED} (?:\\w+ ){0,2}${ACT}|(?:I'm|I am|im|we're|we are|I've been|we've been) (?:having|getting|facing|experiencing|running into) (?:a |an |some |the |this |these |constant |issues|problems|trouble|errors?)|(?:it|this|that) (?:says|said|keeps saying|shows|tells me)|something went wrong|(?:nothing|none of [^.!?]{1,30}?) (?:works|worked|happened|helped)|(?:keeps?|kept) (?:getting|giving|saying|showing|crashing|freezing|restarting|logging|asking|failing|happening|deleting|putting|charging)|stuck (?:on|in|at)|(?:charged|charging) (?:me|my|us|an? (?:additional|extra)|twice|again|double)|(?:deactivated|disabled|terminated|suspended|banned|locked|hacked|compromised|stolen|blocked|deleted|removed|erased|gone|lost)(?= |[.,!?]|$)|not (?:there|showing|working|loading|available)|(?:need|want) (?:a fix|help with|my money back|a refund)|(?:lag|lagging|slow(?:er)?) (?:problem|issue|down)?`,
  `(?:broken|damaged|defective|faulty|cracked|smashed|torn|ripped|leaking|scratched|dented|missing|wrong (?:item|size|colou?r|order|product|address|one|model)|not as described|doesn't (?:work|fit|match|load|open|turn on)|does not (?:work|fit|match|load|open)|won't (?:work|load|open|start|turn on|connect|charge|let me)|not working|stopped working|isn't working|is not working|keeps? (?:crashing|freezing|failing)|crash(?:es|ed|ing)?|error(?: code| message)?|charged (?:twice|double|two times|me again|me for)|double[- ]charged|overcharged|lost (?:in the post|in transit|my (?:order|parcel|package|account))|locked out|can't (?:log ?in|sign ?in|access|download|connect|login|update|install|find my)|cannot (?:log ?in|sign ?in|access|download|connect|login|update|install)|unable to|issue with|problem with|trouble with|late|delayed|overdue|refund|return (?:it|this|the)|hacked|suspended|banned|disabled)`,
]);
/** Wider fault words: in a message to support, any of these usually reports something wrong. */
const FAULT = lex('A fault reported in the customer\'s own words.', [
  `(?:recover(?:ing)?|get(?:ting)? back|restor(?:e|ing)) (?:my|our) (?:\\w+ )?account|(?:my|our) (?:\\w+ )?account back|only (?:got|received|get|gave me)|everything (?:except|but)|what(?:'s| is| the hell is| the heck is) going on with|kick(?:s|ed|ing)? (?:me|us) (?:off|out)|(?:getting|gets|got|gotten) (?:slower|worse)|(?:getting|get|got|receiving) (?:this|that|an|the) (?:message|notification|pop-?up|screen)|still (?:says|shows|reads|lists|would|won't|doesn't|isn't|can't)|for (?:some|no) reason|(?:occurs|happens|happening) (?:with|every|each|whenever|all the time)|(?:service|signal|power|data|internet) (?:loss|outage|drop)|had to pay`,
  `(?:issues?|problems?|errors?|glitch\\w*|bugs?|buggy|flaw(?:s|ed)?|defects?|malfunction\\w*|incorrect(?:ly)?|wrongly|not right|by mistake|mistakenly|accidentally|unauthori[sz]ed|broken|wrong|fail(?:ed|s|ing|ure)?|crash\\w*|stuck|freez\\w*|frozen|lag\\w*|outage|unavailable|down again|(?:is|are|goes|went) down|no longer|any ?more|randomly|denied|declined|rejected|refus\\w+|missing|hacked|scam\\w*|weird|strange|odd|glitchy|unusable|disappear\\w*|vanish\\w*|deleted|erased|wiped|reset|interrupt\\w*|cut(?:s|ting)? (?:off|out)|drop(?:s|ped|ping)|quiet|muted|blank|black screen|white screen|loop\\w*|on hold|takes? (?:days|weeks|forever|ages)|(?:haven't|hasn't|have not|has not|didn't|did not|never) (?:appeared|arrived|received|got|gotten|worked|changed|responded|replied|heard)|(?:fix|sort out|resolve) (?:it|this|that|the|my|your)|(?:someone|somebody) (?:has been|is|was) (?:using|logging|accessing)|without (?:my )?(?:permission|consent))`,
  `(?:can't|cannot|cant|can not|couldn't|could not|won't|wont|doesn't|does not|doesnt|didn't|did not|didnt|isn't|is not|aren't|wasn't|not|no|never|nothing|still(?! have| got| do\\b| offer| sell| open))\\b[^.!?]{0,40}\\b(?:my|the|our|it|this|your|any|to)\\b`,
]);

/**
 * A long wait told as time passed ("it has been three weeks now"): a fault in itself, though with no fault
 * word. Kept apart because a single wait that simply goes on is not a failure that came back.
 */
const WAITING = lex('A wait of days or more for something owed.', [
  `(?:it(?:'s|s| has)|has|have|had|I've|we've) been (?:over |more than |almost |nearly |about )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a couple of|\\d+) (?:hours?|days?|weeks?|months?)(?! ago)|wait(?:ed|ing) (?:for )?(?:over |more than |almost |nearly |about )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a couple of|\\d+) (?:hours?|days?|weeks?|months?)`,
]);

/** The thing itself told as broken, wrong or missing, in plain verbs ("it came in pieces", "the zip snapped"). */
const DAMAGE = lex('A fault told in plain verbs: broken on arrival, the wrong thing sent, billed twice.', [
  `(?:came|arrived|turned up|was delivered|got here) (?:in (?:pieces|bits)|smashed|broken|cracked|damaged|dented|crushed|squashed|ripped|torn|opened|empty|wet|soaked|soggy|melted|leaking|stained|dirty|used|half empty)`,
  `(?:broke|snapped|fell apart|came apart|fell off|came off|peeled off|split open|burst|shattered|stopped responding|died on me)(?= |[.,!?]|$)`,
  `(?:sent|gave|delivered|shipped) (?:me|us) [^.!?]{1,40}?(?:I|we) (?:ordered|asked for|paid for|chose|picked|wanted|booked|reserved|requested|selected)|(?:I|we) (?:ordered|asked for|paid for|booked) [^.!?]{1,40}?(?:but|and) (?:got|received|you sent|was sent|they sent|was given)`,
  `(?:billed|debited|invoiced|charged)(?: me| us)? (?:twice|two times|three times|double|2x|x2|more than once)|(?:two|2|double|duplicate) (?:charges|payments|debits|transactions) for`,
  `(?:hasn't|has not|haven't|have not|never|didn't|did not) (?:turned up|shown up|warmed up|heated up|cooled down|switched on|turned on|come through|gone through|been credited)`,
  `(?:logs?|kicks?|signs?|throws?|kicked|logged|signed|thrown) (?:me|us) out`,
]);

const ABUSIVE = lex('Insults or threats aimed at the staff or company.', [
  `(?:you|you guys|y'all|yall|your (?:staff|team|company|support|people|agents?|employees?|drivers?|delivery (?:person|people|drivers?)))(?:'re|’re| are| is| r)? ?(?:all |lot |lot are )?(?:a |an |such |just )?(?:bunch of |pack of |load of |lot of )?(?:useless |lazy |stupid |incompetent |clueless |brainless |pathetic |worthless |fucking |bloody |absolute )*(?:idiots|morons|clowns|fools|imbeciles|losers|scammers|crooks|thieves|liars|jokes?|trash|garbage|incompetents|amateurs|muppets|pigs|animals)`,
  `(?:lazy|useless|stupid|incompetent|brainless|pathetic|worthless) (?:ass |fucking |bloody )?(?:\\w+ )?(?:delivery (?:person|guy|driver|people)|driver|staff|agent|rep|employee|workers?|idiots?|morons?|company|team)`,
  `you(?:'re| are| r|r) (?:a |an |such an? |a fucking |a bloody |fucking |so |bloody |just an? )?(?:idiot|moron|stupid|dumb|useless|incompetent|liar|lying|thie(?:f|ves)|scammers?|crooks?|clowns?|joke|pathetic|worthless|trash|garbage|pigs?|scum|bitch|bastard|dickhead|twat|wanker|retard\\w*|imbecile|loser|disgrace)`,
  `(?:fuck|screw|damn) (?:you|off|your (?:shop|store|company))|go to hell|piece of (?:shit|crap|garbage)|shut (?:up|the fuck up)|(?:stupid|fucking|useless|incompetent|lying) (?:idiot|moron|bitch|bastard|cow|seller|company|people|clowns?|scammers?|staff)|I(?:'ll| will) (?:find|hunt) you|you(?:'ll| will) (?:regret|pay for) (?:this|it)|watch your back|kill (?:you|yourself)|(?:hope you|I hope your) (?:die|rot|go bankrupt|go out of business)|kys|f\\*+k you|stfu`,
]);
const THREAT = lex('Leverage: a review, chargeback or legal threat.', [
  `(?:leave|give|post|write|put) (?:you |your (?:shop|store|company) )?(?:a |an )?(?:bad|negative|terrible|awful|1[- ]star|one[- ]star|0[- ]star|zero[- ]star|honest|scathing|horrible)? ?(?:review|feedback|rating)`,
  `(?:bad|negative|1[- ]star|one[- ]star|terrible) (?:review|feedback|rating)`,
  `charge ?back|dispute (?:this|it|the (?:charge|payment|transaction))|(?:open|file|raise|start) (?:a |an )?(?:case|dispute|claim|complaint|chargeback)|report (?:you|your (?:shop|store|account|business))|(?:contact|call|go to|tell) (?:my|the) (?:bank|credit card (?:company)?|paypal|lawyer|attorney|bbb|better business bureau|trading standards|ftc)|(?:sue|legal action|small claims|take you to court)|(?:post|share|put) (?:this|it) (?:all )?(?:on|all over) (?:social media|facebook|twitter|tiktok|instagram|reddit)|(?:post|posting|share|sharing|put|putting|spread|spreading) (?:this|it|the (?:story|photos?|video)) (?:everywhere|all over (?:the )?(?:internet|web)|online)|(?:tell|warn) (?:everyone|all my friends|others)`,
]);
const DEMAND = lex('A demand for more than a fix.', [
  `unless|or (?:else|I will|I'll|i will|I'm|I am|I’m)|otherwise|if you don't|if you do not|if I don't get|until I get`,
  `(?:full |partial |complete )?refund|(?:free|another) (?:replacement|item|one|product|upgrade|shipping)|(?:keep|keeping) (?:the|it|both|them)|compensat\\w*|discount|money back|voucher|credit|for free|cash back|double`,
]);
const REPEAT = lex('The customer repeating their own error.', [
  `(?:I|we) (?:did|made|have made|'ve made|done) (?:it|this|that|the same (?:mistake|thing|error)) again`,
  `(?:same|this) (?:mistake|error) (?:again|twice|as last time)|again I (?:forgot|ordered|entered|typed|picked|chose|bought|put|sent)`,
  `(?:I|we) (?:ordered|entered|typed|picked|chose|bought|put|selected|used|sent it to) (?:the )?(?:wrong|incorrect|old) [^.!?]{0,30}?again`,
  `(?:I|we) (?:forgot|missed|didn't|did not) [^.!?]{1,40}? again|(?:second|third|2nd|3rd|another) time (?:I(?:'ve| have)?|that I) (?:ordered|done|made|entered|forgot|picked|chosen|bought) (?:the )?(?:wrong|same|incorrect)`,
]);

const REPEAT_FAILURE = lex('Our failure again, or still, after the customer already asked.', [
  `(?:still|yet another|again|once again|keeps? coming back|over and over|time after time)`,
  `(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+th|umpteenth) (?:time|tweet|email|message|call|request|attempt|complaint)|already (?:contacted|reported|emailed|called|messaged|tweeted|applied|tried|asked|filled|sent|submitted|explained|told)|(?:no|never got an?|haven't had an?|still no) (?:answer|response|reply|help)|(?:hasn't|has not|haven't|have not) been (?:responded|answered|resolved|fixed)|nothing (?:happen(?:ed|s)|has (?:happened|changed|been done))|(?:tried|done|did) everything|for (?:over |more than |almost )?(?:a|two|three|four|several|many|\\d+) (?:days|weeks|months|years)(?: now)?|(?:\\d+|two|three|four|several|many) (?:emails|calls|messages|tweets|times)`,
]);

const has = (l: CompiledLexicon, text: string) => matchLexicon(l, text).length > 0;

/**
 * A question about how to do something, or whether it can be done: a fault word inside it names the thing
 * asked about ("how would I add a missing bus stop?", "where can I read which bugs were patched?"), it
 * reports no fault. So does a do / did / will-you question to the company ("will you add a mode for when
 * the line drops?"; not "do you know the app crashes?", which tells), and an is-there question about what
 * is on offer ("is there a warranty for cracked screens?"), not about whether something is wrong ("is there
 * a problem with…", "is there anything wrong…").
 */
const ASKING = /^(?:(?:@\w+|so|or|and|hi|hello|hey|also|ok|okay)[\s,]+){0,4}(?:how (?:do|can|would|should|could|to)|where (?:can|do|should|could)|(?:can|could|will|would|may|should) (?:I|we|one)|is (?:it|there) (?:possible|a way|any way|way)|(?:is|are) there(?! (?:something|anything|some|any|a problem|an issue|an outage))|are we (?:supposed|able|allowed)|(?:do|did|have|will) you(?! know| realise| realize| see| notice)|what(?:'s| is) the (?:best|right|easiest|quickest) way|do I (?:need|have))\b/i;

/**
 * Unless it asks about the customer's own thing ("is there a way to unlock my disabled phone?", "the
 * playlist I made", "will you take the leaking fridge from us?"), how to mend or stop something ("how can I
 * fix the sync error?"), why it happens ("do you know why it crashes?"), or how to be made whole ("how do I
 * get a refund for the broken headphones?"): these report a fault.
 */
const OWN = /\b(?:my|our|mine|me|us|I(?:'ve| have)? (?:\w+ed|sent|bought|paid|got|made|had|took|put|spent)|why|how come|fix\w*|solve|repair|resolve|troubleshoot|get rid of|recover|(?:stop|prevent) (?:it|this|that|the|them)|undo|report|refund\w*|replace\w*|return|exchange|compensat\w*|money back)\b/i;

/** Does any of the lexicons match outside a how/can-I question? */
function reports(ls: readonly CompiledLexicon[], text: string): boolean {
  const found = ls.flatMap((l) => matchLexicon(l, text));
  if (!found.length) return false;
  const asks = sentences(text, [{ start: 0, end: text.length }]).filter((s) => /\?\s*$/.test(s.text) && ASKING.test(s.text) && !OWN.test(s.text));
  return found.some((m) => !asks.some((s) => m.start >= s.start && m.end <= s.end));
}

function shouts(text: string): boolean {
  return sentences(text, regions(text).own).some((s) => shoutedSpans(s.text).length > 0);
}

const recent = new Map<string, Situation[]>();

/** Situations read from the customer's message, in a stable order. The message rarely changes while a reply is typed: remembered. */
export function detectSituations(incoming: string | undefined): Situation[] {
  const key = incoming ?? '';
  const hit = recent.get(key);
  if (hit) return [...hit];
  const out = readSituations(incoming);
  recent.set(key, out);
  if (recent.size > 16) recent.delete(recent.keys().next().value!);
  return [...out];
}

function readSituations(incoming: string | undefined): Situation[] {
  const text = incoming?.slice(0, 20_000).trim();
  if (!text) return [];
  const out: Situation[] = [];
  const abusive = has(ABUSIVE, text);
  const exploiting = has(THREAT, text) && has(DEMAND, text);
  const angry = abusive || has(ANGRY, text) || /[!?]{3,}/.test(text) || shouts(text);
  if (angry) out.push('angry');
  if (has(CONFUSED, text)) out.push('confused');
  const named = reports([PROBLEM, FAULT, DAMAGE], text);
  const problem = named || has(WAITING, text);
  if (problem) out.push('problem');
  if (abusive) out.push('abusive');
  if (exploiting) out.push('exploiting');
  // The customer's own error again ("I ordered the wrong size again") is not our failure again.
  const ownMistake = has(REPEAT, text);
  if (ownMistake) out.push('repeat-mistake');
  else if (named && has(REPEAT_FAILURE, text)) out.push('repeat-failure');
  return out;
}

/** Ordered advice for each situation. */
export const ADVICE: Record<Situation, string> = {
  abusive: 'Set a boundary: you will keep helping, but the conversation ends if the insults continue. Ending it is acceptable.',
  angry: 'Acknowledge the feeling first ("I can see how frustrating this is"), then respond.',
  exploiting: "Stand by the policy: say plainly what it allows, and don't give in to threats.",
  dishonest: 'State the facts calmly, without accusing; let the record speak.',
  problem: 'Own it: no excuses or finger-pointing. Say what you will do, and when.',
  'repeat-failure': 'This has gone wrong before: own it plainly, say what is different this time, and give them a direct way to reach you.',
  'repeat-mistake': 'State plainly what they need to do differently next time.',
  confused: 'Explain clearly and concisely, in short steps.',
};

const ADVICE_ORDER: Situation[] = ['abusive', 'angry', 'exploiting', 'dishonest', 'repeat-failure', 'problem', 'repeat-mistake', 'confused'];

export function adviceFor(situations: readonly Situation[]): string[] {
  return ADVICE_ORDER.filter((s) => situations.includes(s)).map((s) => ADVICE[s]);
}

/** Pairs of advice that make the same point: the first line goes when the second is there. */
const SAME_POINT: [(line: string) => boolean, (line: string) => boolean][] = [
  [(l) => l === ADVICE.angry, (l) => l.startsWith('The customer is upset and the reply does not acknowledge it yet')],
  [(l) => l === 'Say what happens next, and when.', (l) => l === ADVICE.problem],
];

/** The advice list without lines whose point another line already makes. */
export function dedupeAdvice(advice: string[]): string[] {
  return advice.filter((line) => !SAME_POINT.some(([drop, covered]) => drop(line) && advice.some(covered)));
}

/** Which missing checks matter for a situation: acknowledgement for angry, apology for a problem. */
export function importantChecks(situations: readonly Situation[]): { acknowledgement: boolean; apology: boolean; nextStep: boolean } {
  return {
    acknowledgement: situations.includes('angry') || situations.includes('abusive'),
    apology: (situations.includes('problem') || situations.includes('repeat-failure')) && !situations.includes('exploiting'),
    nextStep: situations.includes('problem') || situations.includes('confused'),
  };
}

/** Advice about the reply itself: what the situation needs that the draft is missing. Comes before the general advice. */
export function missingAdvice(situations: readonly Situation[], missing: { acknowledgement: boolean; apology: boolean; nextStep: boolean }): string[] {
  const important = importantChecks(situations);
  const out: string[] = [];
  if (missing.acknowledgement && important.acknowledgement) out.push('The customer is upset and the reply does not acknowledge it yet: open by naming how they feel.');
  if (missing.apology && important.apology) out.push('There is a problem on your side and no apology yet: say sorry for what went wrong.');
  if (missing.nextStep && important.nextStep) out.push('Say what happens next, and when.');
  return out;
}

export const SITUATION_PATTERNS = [...[ANGRY, CONFUSED, PROBLEM, FAULT, WAITING, DAMAGE, ABUSIVE, THREAT, DEMAND, REPEAT, REPEAT_FAILURE].flatMap(entryRegexes), ASKING, OWN];
