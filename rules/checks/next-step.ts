/**
 * Does the reply offer a concrete next step or resolution: a contact channel or an invitation to send
 * details, instructions, a refund or replacement, or a specific action on this case ("I've sent a
 * replacement", "tap Settings > Sync", "email us at …", "this is fixed in the next update")? Vague promises
 * ("we'll look into it", "shared with the team", "added to my list") are not one.
 */
import { compileLexicon, matchLexicon } from '../lexicon/matcher';
import type { Span } from '../text';

const SOURCE = 'shared/LABELLING.md (nextStep)';

/** Acts that resolve something on this case. Looking into, forwarding and noting are not among them. */
const DO = '(?:push(?:ed)? (?:out )?(?:a|an|the) (?:new |quick |small )?(?:fix|update|patch|release|build|version|change|hotfix)|roll(?:ed)? (?:out|back)|deploy|deployed|publish|published|patch|patched|revert|reverted|install|installed|inspect|inspected|service|serviced|reverse|reversed|reimburse|reimbursed|rebook|rebooked|recover|recovered|unblock|unblocked|reduce|reduced|increase|increased|lower|lowered|limit|limited|shorten|shortened|lengthen|lengthened|simplify|simplified|rename|renamed|redesign|redesigned|rework|reworked|send|sent|issue|issued|refund|refunded|process|processed|arrange|arranged|ship|shipped|dispatch|dispatched|post|posted|escalate|escalated|credit|credited|replace|replaced|reship|reshipped|resend|resent|cancel|cancelled|canceled|book|booked|contact|contacted|email|emailed|call|called|check|checked|fix|fixed|reset|apply|applied|request|requested|create|created|upgrade|upgraded|confirm|confirmed|track|trace|release|released|restore|restored|unlock|unlocked|reactivate|reactivated|remove|removed|change|changed|move|moved|extend|extended|offer|offered|waive|waived|compensate|retrain|retrained|brief|briefed|repair|repaired|clean|cleaned|keep you (?:updated|posted|informed)|let you know|get back to you|follow up|followed up|reach out|chase|chased|take care of|sort (?:this|it) out|add|implement|include|introduce|tweak|adjust|address|addressed|reinforce|ask(?:ed)? (?:a|one|our|the|my) (?:\\w+ ){0,5}?(?:to|team)|bring (?:it |this |that |them |(?:the|your) (?:\\w+ ){1,2}?)back|make (?:\\w+ ){1,3}?(?:optional|available|configurable|possible)|do (?:it|that|this|so)|make (?:it|this|that|the|a) (?:\\w+ )?(?:change|fix|option|setting|default))';

/** Steps a reply tells the customer to take: the first word of an instruction. */
const STEP = '(?:help (?:us|me)|double[- ]check|check ?out|back ?up|take a (?:look|screenshot)|hover|adjust|skip|integrate|explain|describe|specify|mention|cancel|request|claim|apply|try|restart|reboot|reinstall|install|uninstall|update|upgrade|visit|go|head|navigate|follow|click|tap|press|long[- ]press|swipe|drag|open|close|check|select|choose|pick|enable|disable|turn|toggle|switch|remove|delete|re-?add|add|clear|change|set|make sure|ensure|allow|grant|sync|back up|restore|log (?:in|out)|sign (?:in|out)|contact|email|write|send|reply|respond|call|dm|message|reach out|report|submit|share|tell|give|provide|attach|forward|refer|see(?! you)|read|use|download|find|search|create|import|export|disconnect|reconnect|connect|unlink|relink|tick|untick|uncheck|expand|scroll|save|delete)';

/** The same acts, under way: "will be reaching out", "are replacing". */
const DOING = '(?:sending|issuing|refunding|processing|arranging|shipping|dispatching|posting|crediting|replacing|resending|cancell?ing|booking|contacting|emailing|calling|phoning|ringing|fixing|resetting|restoring|repairing|retraining|training|briefing|reaching out|getting in touch|following up|getting back to you|renovating|upgrading|releasing|adding|changing|removing|moving)';

/**
 * Someone else on the business's side as the one who acts: "our duty manager will ring you", "a member of
 * the team will be reaching out". The role word keeps it to staff; "the app will…" is not a person.
 */
const STAFF = "(?:someone|somebody|(?:member|members|person|people|colleague) (?:of|from) (?:our|the) (?:\\w+ )?\\w+|(?:team|teams|staff|manager|managers|management|supervisor|supervisors|department|desk|crew|colleague|colleagues|developer|developers|engineer|engineers|technician|technicians|agent|agents|representative|representatives|specialist|specialists|housekeeping|reception|receptionist|receptionists|waiter|waiters|chef|courier|driver|porter|porters|concierge|housekeeper|housekeepers|bartender|barman|guard|guards|employee|employees|personnel|concerned)(?: members?)?(?: in question| concerned| involved| responsible| on duty)?)";
const CALL = '(?:phone|ring|call|contact|email|e-mail|write to|visit|message|text)';

/** What the business has done, will do or offers on this case. */
export const NEXT_STEP_ACTS = compileLexicon([
  { pattern: `(?:I|we)(?:'ve| have)(?: just| already| now| personally| recently| finally)? ${DO}`, note: 'An action already taken on this case.', source: SOURCE },
  { pattern: `(?:I|we)(?:'ll| will| am going to| are going to|'m going to|'re going to| shall)(?: now| personally| also| then| gladly| happily| immediately| definitely| soon)? ${DO}`, note: 'An action promised on this case.', source: SOURCE },
  { pattern: `(?:I|we)(?:'ll| will) try to (?:${DO}|locate|find|reproduce|replicate|test)`, note: 'An action promised on this case.', source: SOURCE },
  { pattern: `(?:I|we)(?:'d| would) (?:be happy|be glad|love|like) to (?:help you|assist|${DO})`, note: 'An offer to act.', source: SOURCE },
  { pattern: `(?:I|we)(?:'m| am|'re| are)(?: also| now| currently| already)? (?:planning|preparing|about|getting ready|in the process of|in the middle of) (?:to |on )?(?:${DO}|${DOING})`, note: 'An action planned on this case.', source: SOURCE },
  { pattern: `(?:I|we)(?:'m| am|'re| are) (?:sending|issuing|refunding|processing|arranging|shipping|escalating|replacing|resending|fixing|releasing|adding|working on (?:adding|a fix|fixing|it|this|that))`, note: 'An action under way.', source: SOURCE },
  { pattern: `(?:I|we) (?:can|could) (?:offer|send|issue|refund|replace|arrange|move|extend|waive|reset|restore|unlock|call)`, note: 'An offer to act.', source: SOURCE },
  { pattern: `${STAFF} (?:will|'ll|shall|is going to|are going to|has|have)(?: personally| soon| also| now| shortly| then| immediately| directly| already| just)? (?:${DO}|${CALL}|be ${DOING}|be in touch|been (?:${DO}))`, note: 'Someone on the business side acts on this case.', source: SOURCE },
  { pattern: `you(?:'ll| will) (?:soon |shortly )?be (?:contacted|called|phoned|emailed|refunded|credited|compensated|reimbursed)`, note: 'What happens next.', source: SOURCE },
]);

/**
 * What the reply asks or tells the customer to do, and the when; also some resolutions told in the passive
 * ("your account has been restored"). Two lexicons of about the same size: V8 stops optimising a regex over 20 KB.
 */
export const NEXT_STEP_ASKS = compileLexicon([
  { pattern: `please (?:${STEP}|let (?:us|me) know|keep|wait|fill|complete|include)`, note: 'An instruction or a request for details.', source: SOURCE },
  { pattern: `(?:can|could|would) you (?:please |kindly )?(?:also )?(?:${STEP}|let (?:us|me) know|clarify|describe|confirm|explain)`, note: 'A request for details or a troubleshooting step.', source: SOURCE },
  { pattern: `(?:let (?:us|me) know|keep (?:us|me) posted|send us (?:a|an|your|more|the)|(?:get in touch|reach out|reach|write|contact|email|e-mail|message|dm|speak|talk) (?:to |with )?(?:us|me|them|our (?:\\w+ )?(?:team|support|staff|desk|manager)) (?:at|via|on|through|by|directly|using|here|from|with (?:the |your |any |more )?(?:relevant )?(?:details|information|screenshots?)))`, note: 'A contact channel.', source: SOURCE },
  { pattern: `(?:you(?:'ll| will) (?:receive|get|see)|you should (?:receive|get|see) (?:it|your|a|an|the))`, note: 'What happens next.', source: SOURCE },
  { pattern: `(?:a|your|the) (?:full |partial )?(?:refund|replacement|return label|credit|voucher|tracking number|new one|fix|update|patch) (?:has been|is being|will be|is on its way|was|is)(?: (?:issued|sent|processed|arranged|dispatched|shipped|posted|emailed|applied|created|released|available|coming|out|live))?`, note: 'A resolution under way.', source: SOURCE },
  { pattern: `(?:will|should) be (?:added|launched|live|fixed|released|included|implemented|resolved|available|refunded|replaced|sent|back|restored|improved|changed) (?:in|with|by|from|on|within|soon|shortly|next)`, note: 'A specific change with a when.', source: SOURCE },
  { pattern: `(?:in|with) (?:the |our |a )?(?:next|upcoming|coming|new|latest) (?:update|version|release|build)s?`, note: 'A fix tied to a release.', source: SOURCE },
  { pattern: `(?:I|we)(?:'d| would)?(?: really)? (?:like|love|want|need) to (?:know|hear|learn|see|get) (?:more|some|the|about|what|which|why|how|your)`, note: 'A request for details.', source: SOURCE },
  { pattern: `(?:will|should|would) (?:return|refund|credit|reverse|release|restore) (?:your|the) (?:money|funds|payment|charge|amount|deposit)`, note: 'What happens to the money.', source: SOURCE },
  { pattern: `there (?:is|are) (?:a |an )?(?:setting|option|button|feature|menu|way|shortcut|toggle)s? (?:to|for|in|that|which|called)`, note: 'Instructions.', source: SOURCE },
  { pattern: `${STAFF} (?:will|has|have|is|are|was|were) (?:be |been |being )?(?:retrained|re-trained|briefed|counselled|counseled|coached|spoken to|talked to|warned|reprimanded|disciplined|dismissed)|${STAFF} (?:will|has|have|is going to|are going to) (?:receive|received|undergo|undergone|be given|been given|get|attend) (?:further |additional |extra |more |refresher )?(?:training|coaching|guidance|instruction)`, note: 'The staff involved are dealt with.', source: SOURCE },
  { pattern: `(?:(?:has|have)(?: now| already| since| just| also| all)? been|is being|are being) (?:cancel+ed|refunded|reversed|restored|reactivated|unlocked|credited|recovered|transferred|shipped|dispatched|waived|voided|repaired|replaced|fixed|serviced|rectified|patched|unblocked|reimbursed)\\b|(?:was|were) (?:cancel+ed|refunded|reversed|restored|reactivated|unlocked|credited|recovered|repaired|replaced|fixed|serviced|rectified|patched|unblocked|reimbursed) (?:immediately|promptly|straight away|right away|the (?:same|next|following) day|the day after|today|this morning|yesterday|as soon as|shortly after|within)\\b`, note: 'A resolution done on this case.', source: SOURCE },
  { pattern: `(?:fix(?:es|ed)?|patch(?:es|ed)?|resolve[sd]?|solve[sd]?|gone|sorted|correct(?:s|ed)|restore[sd]?|add(?:s|ed)|bring(?:s)?|brought|back|out|live)\\b[^.!?]{0,40}?\\b(?:in|as of|since|from|with|by) (?:the )?(?:version|v|build|release|update) ?\\d+(?:\\.\\d+)*|(?:version|v|build|release|update) ?\\d+(?:\\.\\d+)+\\b[^.!?]{0,30}?\\b(?:fix(?:es|ed)?|patch(?:es|ed)?|resolves|solves|restores|brings|adds|is out|is available|is live|is rolling|rolls out)\\b|(?:in|with) (?:today's|this week's|yesterday's|this morning's|the most recent|the current|our latest|a recent|the recent|last week's|tonight's|tomorrow's) (?:update|version|release|build)`, note: 'A fix tied to a numbered or dated release.', source: SOURCE },
  { pattern: `(?:drop|shoot|send|give|leave) (?:us|me) (?:a|an) (?:quick |short )?(?:line|message|note|e-?mail|mail|dm|pm|call|ring|text) (?:at|via|on|through|using|with|and (?:we|I)(?:'ll| will| can))\\b|(?:ring|call|phone|text) (?:us|me|our (?:\\w+ )?\\w+|the (?:\\w+ )?(?:desk|reception|team|office|manager|hotline|line)) (?:on|at)\\b`, note: 'A contact channel: drop us a line, ring the desk on.', source: SOURCE },
  { pattern: `you(?:'ll| will| can| should) find (?:it|this|that|them|the \\w+(?: \\w+)?) (?:\\w+ )?(?:under|in|on|via|inside|within) (?:the |your )?[A-Z]\\w*`, note: 'Where a feature lives: an instruction.', source: SOURCE },
  { pattern: `(?:option|setting|feature|button|toggle|switch|filter|tab|shortcut|icon)s? (?:to \\w+(?: \\w+){0,3} )?(?:is|are|can be found|sits|lives)(?: \\w+){0,2}? (?:in|under|inside|within|via) (?:the|your|each|every|a|an)\\b`, note: 'Where a feature lives: an instruction.', source: SOURCE },
  { pattern: `(?:uninstalling|reinstalling|restarting|rebooting|updating|clearing|signing|logging|turning|disabling|enabling|resetting|reconnecting|switching|removing|re-adding|syncing|deleting)\\b[^.!?]{0,50}? (?:should|will|would|usually|often|generally) (?:(?:definitely|probably|likely|usually|also|then|quickly|easily|normally) )?(?:fix|solve|resolve|restore|bring|help|sort|do the trick|get|make|clear|stop)\\b`, note: 'Instructions: doing X should fix it.', source: SOURCE },
  { pattern: `(?:from|starting|as of|as from) (?:(?:next|this coming) (?:week|month|year|season|summer|winter|spring|autumn|update|version|release)|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\\b`, note: 'A when: from next month.', source: SOURCE },
  { pattern: `(?:eligible|entitled) (?:for|to) (?:a |the )?(?:full |partial )?(?:refund|replacement|credit|compensation|discount)`, note: 'A resolution.', source: SOURCE },
  { pattern: `(?:^|, )to [a-z]+[ ,][^.!?]{0,40}?(?:simply |just )?${STEP} (?:the|your|it|a|on|in|to)`, note: 'An instruction: to do X, do Y.', source: SOURCE },
  { pattern: `(?:here's|here is) (?:how|what (?:I|we|you) (?:can|will))|(?:the )?next step is|(?:(?:it's|it is) (?:also )?(?:possible|easy) to|you can|you could|you may|you'll need to|you need to|you have to|you might want to|(?:it's|it is) (?:necessary|important|best) (?:that you|for you to|to)) (?:simply |just |also |now |then |easily |manually |directly |always |still |even )?${STEP}`, note: 'Instructions.', source: SOURCE },
  { pattern: `(?:in|within) (?:a few|a couple of|the next (?:few |couple of )?|two|three) (?:hours|days|weeks)|(?:by|before|on|until|within) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|the day|the week|business)|EOD|\\d+ (?:hours?|days?|business days|working days))`, note: 'A when.', source: SOURCE },
  { pattern: `(?:did|have) you (?:already |also )?(?:tr(?:y|ied)|check(?:ed)?|enable[d]?|disable[d]?|turn(?:ed)?|set|select(?:ed)?|clear(?:ed)?|update[d]?|reinstall(?:ed)?)`, note: 'A troubleshooting step.', source: SOURCE },
  { pattern: `(?:request|ask|invite|encourage) you to (?:${STEP}|kindly)`, note: 'An invitation to act.', source: SOURCE },
  { pattern: `(?:we|I)(?:'d| would) (?:love|like|appreciate|be grateful|be glad)(?: it)? (?:to (?:get|have|hear|receive|see|know)|if you (?:could|would|can)|more|some|your)`, note: 'A request for details.', source: SOURCE },
  { pattern: `(?:give|send|share|provide|tell|need|have|get) (?:us |me )?(?:more|some|the|your|any) (?:details|information|info|screenshots?|steps|order number|booking (?:number|reference)|reference)`, note: 'A request for details.', source: SOURCE },
  { pattern: `(?:if|when|once|in case) [^.!?,]{1,60}, (?:please |simply |just |then )?${STEP}(?= )`, note: 'An instruction after a condition.', source: SOURCE },
  { pattern: `be (?:a (?:little |bit )?|bit )?more specific|if you (?:could |can )?(?:tell|let) (?:us|me)`, note: 'A request for details.', source: SOURCE },
  { pattern: `(?:I|we) (?:would )?(?:recommend|suggest|advise) (?:that you |you )?(?:to )?(?:${STEP}|[a-z]{2,20}ing)`, note: 'Instructions.', source: SOURCE },
  { pattern: `(?:simply|just) ${STEP} (?:the|your|it|a|an|on|in|to|from|via)`, note: 'An instruction inside a sentence.', source: SOURCE },
  { pattern: `(?:refund|replacement|compensation|discount|voucher|credit|free night|upgrade) (?:for|of|to) (?:you|your)`, note: 'A resolution.', source: SOURCE },
]);

/** Contact details in a sentence: with them, it usually tells the customer where to go. */
const LINK = /\b(?:https?:\/\/|www\.)\S{2,}/gi;
/** A domain's path ("support.any.do/…" has none, "example.com/help" has): found by its ending, extended left in code. */
const DOMAIN_PATH = /\.(?:com|org|net|io|co|app|help|center|uk)\//gi;
const ADDRESS_CHAR = /[\w.+-]/;

/**
 * Links, e-mail addresses and domains with a path in a sentence. Addresses are found from their "@" and
 * widened in code: a pattern that scans for them has to try every start, which the backtracking check flags.
 */
function channels(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(LINK)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && ADDRESS_CHAR.test(text[a - 1])) a--;
    let b = at + 1;
    while (b < text.length && b - at < 254 && /[\w.-]/.test(text[b])) b++;
    const domain = text.slice(at + 1, b).replace(/\.+$/, '');
    if (a < at && /^[\w-]+(?:\.[\w-]+)+$/.test(domain)) out.push({ start: a, end: at + 1 + domain.length });
  }
  for (const m of text.matchAll(DOMAIN_PATH)) {
    let a = m.index!;
    while (a > 0 && m.index! - a < 63 && /[a-z0-9-]/i.test(text[a - 1])) a--;
    if (m.index! - a >= 2) out.push({ start: a, end: m.index! + m[0].length });
  }
  return out;
}

/** Words that make contact details an invitation rather than a citation. */
const CHANNEL_WORDS = /\b(?:contact|e-?mail|write|reach|send|report|visit|see|check|refer|find|follow|read|go|click|tap|here|via|at|help|support|instructions|guide|learn|details|more|questions?|assist)\b/i;

/** Vague promises: they read like a next step and are not one. */
export const VAGUE = compileLexicon([
  { pattern: `(?:forward(?:ed|ing)?|pass(?:ed|ing)? (?:it |this |that )?(?:on|along)|share[ds]?|sharing|note[ds]?|noting|report(?:ed)?) (?:your |this |the |it |that )?(?:feedback|suggestions?|comments?|review|concerns?|request|ideas?)? ?(?:on |along )?(?:to|with) (?:the|our|my|relevant|concerned)`, note: 'Forwarding is not a step.', source: SOURCE },
  { pattern: `add (?:it|this|that|your \\w+) to (?:my |our |the )?(?:\\w+ )?(?:list|wishlist|backlog|roadmap|plans?)`, note: 'A list is not a step.', source: SOURCE },
  { pattern: `(?:look|looking|looked) into`, note: 'Looking into it is not a step.', source: SOURCE },
  { pattern: `(?:keep|bear|take) (?:it|this|that|your (?:feedback|suggestions?|comments?|review|points?|concerns?|ideas?)) (?:in mind|into (?:account|consideration))`, note: 'Not a step.', source: SOURCE },
  { pattern: `(?:strive|try|continue|work|working|aim) (?:hard )?to (?:improve|do better|get better|be better)`, note: 'Not a step.', source: SOURCE },
  { pattern: `(?:is there )?anything (?:else )?(?:that )?(?:we|I) can (?:help|do)`, note: 'An empty offer.', source: SOURCE },
  { pattern: `(?:you can|you could|you may) (?:see|tell|find|notice) (?:from|in|by|that)`, note: 'An argument, not a step.', source: SOURCE },
  { pattern: `you (?:can|may) (?:use|add|enjoy|create|have) (?:the app|it|as many|unlimited|all|most|any number)`, note: 'A rebuttal dressed as an instruction.', source: SOURCE },
  { pattern: `(?:add|added|adding|introduce[ds]?|introducing|implement(?:ed|ing)?|include[ds]?|including|release[ds]?|releasing|ship|shipped|shipping|bring|bringing|brought|offer|offered|offering) (?:all (?:the |of the )?|lots of |plenty of |a lot of |many |more |new |further |additional |other |some |even more |several |various ){1,2}(?:(?:exciting|cool|great|useful|interesting|helpful|awesome|amazing|nice|good) )?(?:features|ones|functions|functionality|options|things|improvements|content|stuff|updates|changes|tools)\\b`, note: 'More features in general are not a step on this case.', source: SOURCE },
  { pattern: `you (?:can|could|may) (?:still |already |easily )?(?:${STEP}|enjoy|have|keep)\\b[^.!?]{0,40}?(?:for free|free of charge|at no (?:extra |additional )?(?:cost|charge)|without (?:paying|payment|a subscription|upgrading|premium|buying))`, note: 'What is free already: a rebuttal, not a step.', source: SOURCE },
  { pattern: `(?:pick|choose|buy|purchase|consider|try|get|go|upgrade to) (?:a |the |our )?(?:pro|premium|paid|plan|subscription|upgrade|full version)`, note: 'Up-selling is not a resolution.', source: SOURCE },
  { pattern: `(?:for|the time to) (?:taking (?:out )?(?:the )?time to )?(?:send(?:ing)?|shar(?:e|ing)|giv(?:e|ing)|let(?:ting)? (?:us|me) know|writ(?:e|ing)|report(?:ing)?)(?: us| me)?(?: your| this| the| more| it)?`, note: 'Thanks for what the customer already did.', source: SOURCE },
  { pattern: `(?:please )?visit us (?:again|soon|next time)|(?:address|handle|deal with|discuss) (?:this|the|it|that)(?: matter| issue| concern)?s? internally|(?:find|look for|choose) (?:an?|another) (?:other |different |better )?(?:app|hotel|product|service|place)|(?:offer|extend) (?:our|my) (?:\\w+ )?apolog\\w*|let (?:us|me) know if you (?:have|need) (?:any )?(?:other |further |more |additional )?(?:questions|suggestions|feedback|comments)|(?:check|see) (?:what|why|how) (?:went wrong|happened)|in (?:the )?future (?:updates|versions|releases)|(?:did|do|does) you (?:have|experience|face|get) (?:an?|any) (?:\\w+ )?(?:issues?|problems?|trouble)|look(?:ing)? forward|see you|allow (?:me|us) to (?:express|extend|offer|apologi[sz]e|say)|from time to time|keep an eye (?:on|out)`, note: 'Courtesy, not a step.', source: SOURCE },
]);

/** A greeting the sentence may open with before its question or step ("Hi Ann, which phone is it?"). */
const GREETING = '(?:(?:hi|hello|hey|dear)\\b[^,.!?:]{0,30}, ?)?';

/** An instruction: the sentence opens with a step ("Tap Settings > Sync", "Simply reinstall it"). Checked at the start only. */
const INSTRUCTION = new RegExp(`(?:^[\\W_]{0,3}${GREETING}|:[\\s\\u00a0]{1,3})(?!(?:check|log|sign)[- ]?(?:in|out) (?:was|is|were|are|time)\\b)(?:simply |just |first,? |then |now )?${STEP}(?= |:|,)`, 'i');

/** Where a sentence's own words begin, past marks and a greeting. */
const OPENING = new RegExp(`^\\W{0,3}${GREETING}`, 'i');

/** A question that asks the customer for details ("Which widget do you use?"); rhetorical ones are vetoed by their rebuke findings. */
const ASKS = new RegExp(String.raw`^(?:\W{0,3})${GREETING}(?:what|which|where|when|how|could|can|would|do|did|does|have|has|is|are)\b[^?]{0,200}\b(?:you|your)\b[^?]{0,200}\?`, 'i');

/** A question about the fault itself ("When does it freeze, exactly?", "What was the problem?"). */
const ASKS_FAULT = new RegExp(String.raw`^(?:\W{0,3})${GREETING}(?:what|which|when|where|how)\b[^?]{0,120}\b(?:problem|issue|error|happen\w*|freez\w*|crash\w*|exactly|precisely)\b[^?]{0,80}\?`, 'i');

/** A menu path: capitalised items joined by arrows or dashes ("via Settings - Support", "Menu > About"). */
const MENU = /\b(?:via|in|under|open|go to|tap|click|select|from) (?:the )?(?:app's |your )?[A-Z][\w']{0,30}(?: [A-Z][\w']{0,30})? (?:-|->|-&gt;|&gt;|>|›|→) [A-Za-z]/;

/** Steps that only ask the customer to say more: telling, explaining, being specific. */
const TELL = /^[\W_]{0,3}(?:please |simply |just |then |now )?(?:(?:can|could|would) you (?:please |kindly )?(?:also )?|if you (?:could |can )?)?(?:tell|let (?:us|me) know|explain|describe|specify|mention|clarify|be (?:a (?:little |bit )?|bit )?more specific)\b/i;
const ASK_NOTE = 'A request for details.';

/** The plain regexes here, for the backtracking check. */
export const NEXT_STEP_PATTERNS = [OPENING, INSTRUCTION, ASKS, ASKS_FAULT, MENU, LINK, DOMAIN_PATH, CHANNEL_WORDS, TELL];

/**
 * A next step, and whether it only asks the customer to say more ("tell us what went wrong", "which phone
 * is it?"). An ask counts in a helpful reply; inside a rebuke it is rhetorical (LABELLING: "what did you
 * struggle with?"), so analyze() sets it aside when the reply argues with the customer.
 */
export interface NextStepSpan extends Span {
  ask?: true;
}

export function nextStepSpans(text: string): NextStepSpan[] {
  const vague = matchLexicon(VAGUE, text);
  const spans: NextStepSpan[] = [...matchLexicon(NEXT_STEP_ACTS, text), ...matchLexicon(NEXT_STEP_ASKS, text)]
    .filter((m) => !vague.some((v) => v.start < m.end && m.start < v.end))
    .map(({ start, end, entry }) => (entry.note === ASK_NOTE || TELL.test(text.slice(start, end)) ? { start, end, ask: true as const } : { start, end }));
  if (CHANNEL_WORDS.test(text)) spans.push(...channels(text));
  const i = INSTRUCTION.exec(text);
  if (i && !vague.some((v) => v.start < i.index + i[0].length && i.index < v.end)) spans.push(TELL.test(i[0]) ? { start: i.index, end: i.index + i[0].length, ask: true } : { start: i.index, end: i.index + i[0].length });
  const q = ASKS.exec(text) ?? ASKS_FAULT.exec(text);
  // A question that opens with a courtesy ("Is there anything we can help with?") asks for nothing; one that
  // merely holds such words further in ("What did you have an issue with?") still asks.
  const opening = q ? OPENING.exec(q[0])![0].length : 0;
  if (q && !vague.some((v) => v.start <= opening)) spans.push({ start: 0, end: q[0].length, ask: true });
  const menu = MENU.exec(text);
  if (menu) spans.push({ start: menu.index, end: menu.index + menu[0].length });
  return spans.sort((a, b) => a.start - b.start);
}
