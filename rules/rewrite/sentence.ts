/**
 * One body sentence: its role, and its neutral restatement. Findings that fall in the sentence are strong
 * signals; our own grammar (lead-ins, read-the-listing orders, blame, clauses) does the rest.
 */
import type { Category, Finding } from '../types';
import { isDictionaryWord, isNameWord } from '../nlp';
import { ACRONYMS } from '../lexicon/acronyms';
import { apologySpans } from '../checks/apology';
import { nextStepSpans } from '../checks/next-step';
import { neutralFact } from '../fixes/blame';
import { facts } from '../fixes/facts';
import { parse } from '../nlp';
import { cueOf } from './cues';

export type Role =
  | 'fact'
  | 'attack'
  | 'blame'
  | 'excuse'
  | 'sarcasm'
  | 'apology'
  | 'non-apology'
  | 'offer'
  | 'policy'
  | 'question'
  | 'defensive'
  | 'grovel'
  | 'hedge';

const ROLE_OF: Partial<Record<Category, Role>> = {
  hostile: 'attack',
  sarcasm: 'sarcasm',
  blame: 'blame',
  excuse: 'excuse',
  defensive: 'defensive',
  'non-apology': 'non-apology',
  'over-apology': 'grovel',
  hedging: 'hedge',
};
/** Heated roles outrank the rest: a sentence that attacks is an attack even if it states a fact. */
const ROLE_RANK: Role[] = ['attack', 'sarcasm', 'blame', 'non-apology', 'excuse', 'defensive', 'grovel', 'hedge'];

/** A whole sentence that is only an attack: "Not my problem.", "Grow up." */
export const ATTACK_ONLY =
  /^(?:not my (?:problem|fault|issue)|(?:that['’]s |it['’]s )?your (?:problem|issue|fault)|grow up|calm down|deal with it|get over it|whatever|too bad|tough(?: luck)?|end of (?:discussion|story)|not happening|nope|seriously|unbelievable|ridiculous|get a grip|learn to read)[.!?]*$/i;

/** Lead-ins that only add heat: "As I already said,", "Per my last email,", "Honestly,". */
export const LEAD_IN =
  /^(?:(?:as|like) (?:I|we)(?:['’]ve| have)? (?:already |previously |clearly |just )?(?:said|stated|told you|mentioned|explained|wrote|pointed out|noted)(?: (?:before|already|earlier|previously|above|twice|last time|in my (?:last|previous) (?:email|message|reply)))?|(?:I|we) (?:have |had )?(?:already |literally |clearly |just )?(?:told|explained to|informed) you(?: (?:before|twice|already|last time))?(?: that)?|(?:I['’]m |I am )?sorry,? but|let me be clear|per my (?:last|previous) (?:email|message|reply)|in my (?:last|previous) (?:email|message|reply)|as (?:stated|explained|mentioned|noted|written)(?: (?:before|earlier|above|previously|in the listing))?|(?:once|yet) again|again|honestly|frankly|obviously|clearly|look|listen|seriously|fyi|for your information|for the (?:last|hundredth|third|second|fifth|tenth) time|with all due respect|no offen[cs]e|just so you know|to be (?:honest|clear|frank)|well|ok(?:ay)?|so|fine|charming|oops|funny|nice try|wow|excuse me)(?: (?:but|though))?(?:[,:;.!]|\s[-–—])[ \t]*/i;
/** The lead-ins that are heat on their own, so a draft with one has something to change. */
export const HEAT_LEAD =
  /^(?:(?:as|like) (?:I|we)(?:['’]ve| have)? (?:already |previously |clearly )?(?:said|stated|told you|mentioned|explained|pointed out)|(?:I|we) (?:already |literally |clearly )?(?:told|explained to) you|(?:honestly|frankly|obviously|clearly|look|listen|seriously|let me be clear)[,:]|as (?:stated|explained|mentioned|noted)\b|per my (?:last|previous) (?:email|message|reply)|in my (?:last|previous) (?:email|message|reply)|for the (?:last|hundredth|third|second|fifth|tenth) time|with all due respect)(?![a-z])/i;
/** Tails that are heat on their own. */
export const HEAT_TAIL = /,?[ \t](?:like (?:everyone|everybody|anyone) else(?:['’]s)?|okay\?|ok\?|period|end of story|thanks for nothing|obviously|clearly|I guess)[.!?]*$/i;
/** Tails that only add heat: "…, okay?", "…, period.", "… like everyone else." */
export const TAIL =
  /,?[ \t](?:like (?:everyone|everybody|anyone) else(?:['’]s)?|okay\?|ok\?|alright\?|period|obviously|clearly|if (?:that['’]s|that is|it['’]s) (?:ok(?:ay)?|alright|all right|fine)(?: with you)?|I guess|full stop|end of story|simple as that|thanks for nothing|as (?:I|we) (?:already )?(?:said|told you|explained)(?: (?:before|already|twice))?|(?:though|anyway)|if you (?:had )?(?:bothered to )?(?:read|check|look)(?:ed)? (?:it|the [a-z]{3,12}))(?=[.!?]*$)/i;
/** An order to read something: "Read the listing.", "Please check the description." */
export const READ_ORDER =
  /^(?:please |just |maybe |next time )?(?:read|check|look at|see|review|reread|re-read)(?: (?:properly|carefully|again))? (?:the|our|my|your) (listing|description|product page|size (?:chart|guide)|photos|pictures|details|instructions|manual|policy|terms|faq|emails?|messages?|confirmation|page|booking)(?: (?:properly|carefully|again|next time|first|before (?:ordering|buying|you (?:order|buy))))*[.!?]*$/i;
/** "You should have read the size chart": blame that hides a fact or a tip. */
export const SHOULD_HAVE =
  /\byou (?:really |clearly |obviously )?(?:should|could|must|ought to|needed to)(?:['’]ve| have) (?:actually |just |properly |simply )?(?!(?:received|got|gotten|been|heard|had|seen)\b)([a-z]{3,12}(?:ed|en|ne|wn|t|d)|read|seen|done|paid|chosen|checked|looked(?: at)?)((?: (?:the|your|our|my|a|an) [a-z][a-z -]{1,30}?)?)(?=(?: (?:first|before [a-z ]{3,20}|properly|carefully|earlier|sooner))?[ \t]*(?:[,.!?;]|$))/i;
/** "You didn't read the description": blame about reading. */
export const DIDNT_READ =
  /\byou (?:clearly |obviously |simply |just )?(?:didn['’]t|did not|never|failed to|don['’]t|do not)(?: (?:even |bother to |bothered to ))?(read|check|look at|see)s? (the|our|my|your) ([a-z][a-z -]{1,25}?)(?=[ \t]*(?:properly|carefully|before [a-z ]{3,20})?[ \t]*(?:[,.!?;]|$))/i;
const QUESTION_START = /^(?:can|could|would|will|do|does|did|is|are|was|were|have|has|had|what|when|where|why|how|which|who|whose|may|shall|should|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|any|anything)\b/i;
/** "Did you even try resetting your password?": the tip without the jab. */
export const TRIED = /^(?:did|have) you (?:even |actually |ever |at least )?(?:try|tried) ((?:resetting|restarting|reinstalling|updating|clearing|checking|turning|logging|signing|switching|using|reading|contacting|closing|charging|unplugging|plugging|deleting|removing|following)\b[^?!.]{1,60}?)[ \t]*[?!.]*$/i;
/** "The resort fee is clearly listed on the booking page." -> "The booking page lists the resort fee.": the same fact, without pointing at the reader. */
export const LISTED =
  /^((?:the|your|our|all|every|a|an) [\p{L}\d'-]+(?: [\p{L}\d'-]+){0,4}|\p{Lu}[\p{L}\d'-]*(?: [\p{L}\d'-]+){0,3}) (?:is|are|was|were) (?:clearly |plainly |all |also |explicitly |very clearly )?(listed|shown|stated|mentioned|described|explained|noted|displayed|included|written) (?:on|in) ((?:the|our|your|each|every) [\p{L}-]+(?: [\p{L}-]+){0,3}?)(?:,? (?:clearly|plainly|already))?(?:,[ \t]*([^,.!?]{3,60}))?[.!]*$/iu;
const LISTS: Record<string, string> = { listed: 'lists', shown: 'shows', stated: 'states', mentioned: 'mentions', described: 'describes', explained: 'explains', noted: 'notes', displayed: 'shows', included: 'includes', written: 'says' };
/** "You didn't (bother to) enter a VAT ID" -> "no VAT ID was entered": the fact without the finger. */
export const DIDNT_DO =
  /\byou (?:didn['’]t|did not|never)(?: (?:even )?bother(?:ed)? to)? (enter|add|include|select|choose|tick|provide|fill in) (?:a|an|the|your|any) ([\p{L}\d][\p{L}\d -]{0,28}?)(?=(?: at [a-z]{3,12}| when [a-z ]{3,20})?[ \t]*(?:[,.!?;]|$))/iu;
const PARTICIPLE: Record<string, string> = { enter: 'entered', add: 'added', include: 'included', select: 'selected', choose: 'chosen', tick: 'ticked', provide: 'provided', 'fill in': 'filled in' };
/** One-word sentences that stand alone: "Greetings!", "Thanks." */
const INTERJECTION = /^(?:greetings|thanks|welcome|hello|hi|congratulations|cheers|noted|understood|certainly|absolutely|done)[.!]*$/i;
/** Words that leave a clause unfinished when it ends on them. */
const DANGLING_END = /\b(?:the|a|an|to|of|for|and|but|or|so|with|that|your|my|our|is|are|was|be|at|in|on|by|if|because|as)[ \t]*[.!?]*$/i;
const LEADING_JOINER = /^(?:and|but|so|because|though|although|however|yet|or|which|then|also)\b[ \t,]*/i;
/** What a cut hedge leaves at the start ("say it ships Friday"): the verb of the hedge, not of the fact. */
const LEFT_VERB = /^(?:(?:say|tell you|let you know|mention|inform you|confirm|note|add|point out)(?: that)?[ \t,]+(?=\S)|that[ \t]+(?=(?:the|your|my|our|it|we|I|you|this|there)\b))/i;
/** Fragments that cannot stand as a sentence: they open with a preposition or a subordinating word. */
const FRAGMENT_START = /^(?:to|for|with|by|of|from|if|when|whenever|which|who|whom|whose|because|since|unless|although|though|while|whereas)\b/i;
const SENTENCE_POLICY =
  /\b(?:policy|policies|terms (?:and|&) conditions|non-?refundable|final sale|no (?:refunds?|returns?|exchanges?)|(?:cannot|can['’]t|do not|don['’]t) (?:accept|offer|issue|give) (?:returns?|refunds?|exchanges?)|within \d{1,3} (?:days?|hours?|weeks?))\b/i;
/** Intensifiers that turn an apology into grovelling. */
const INTENSIFIERS = /\b(?:so|very|really|truly|terribly|deeply|extremely|incredibly|awfully|sincerely)[ \t]+(?=(?:so|very|really|truly|terribly|deeply|extremely|incredibly|awfully|sincerely)?[ \t]*sorry\b)/gi;
/** A "just wanted to say" opener: firmer says the thing itself. */
const PREAMBLE =
  /^I (?:just )?(?:wanted|want|would like|['’]d like|thought I['’]d|am writing) to (?:say|let you know|mention|tell you|inform you|update you|confirm|reach out(?: to say)?)(?: that)?[ \t,]+(?=\S)/i;
const GROVEL_ONLY = /^(?:please forgive (?:me|us)|(?:I|we) (?:feel|felt) (?:so |really |absolutely )?(?:terrible|awful|horrible|bad)(?: about (?:this|it|that))?|(?:I|we) (?:beg|hope) (?:you|for) (?:can )?(?:your )?forgive(?:ness| us| me)?|sorry(?: again| once more)?|(?:I|we) apologi[sz]e (?:again|once more)|apologies again|(?:I'm|I am|we're|we are) (?:so |very |really |deeply |truly |terribly |sincerely )*sorry(?: again)?|(?:please )?accept (?:my|our) (?:sincere |sincerest |deepest )?apolog(?:y|ies))[ \t]*[.!]*$/i;


/** The role of a sentence, from its findings first and its wording second. */
export function roleOf(text: string, findings: readonly Finding[]): Role {
  const byFinding = findings.map((f) => ROLE_OF[f.category]).filter((r): r is Role => !!r);
  for (const r of ROLE_RANK) if (byFinding.includes(r)) return r;
  if (ATTACK_ONLY.test(text.trim())) return 'attack';
  const cue = cueOf(text) ?? clauses(text).map((c) => cueOf(text.slice(c.start, c.end))).find((r) => r);
  if (cue) return cue;
  if (READ_ORDER.test(text) || SHOULD_HAVE.test(text) || DIDNT_READ.test(text)) return 'blame';
  if (apologySpans(text).length) return 'apology';
  if (/\?["')\]]?$/.test(text)) return 'question';
  if (SENTENCE_POLICY.test(text)) return 'policy';
  if (nextStepSpans(text).length || NEXT.test(text)) return 'offer';
  return 'fact';
}

const WORD = /[\p{L}][\p{L}'’]*/gu;
/** Short words that are acronyms alone but shouting among shouted words ("NO REFUNDS"). */
const AMBIGUOUS = new Set(['NO', 'IT', 'US', 'OK', 'AM', 'PS']);

/** Capitals to sentence case: shouted dictionary words go lower case; acronyms, codes and names keep theirs. */
export function sentenceCase(text: string): string {
  const words = text.match(WORD) ?? [];
  const shouted = words.filter((w) => w.length > 1 && w === w.toUpperCase() && !/\p{Ll}/u.test(w)).length;
  const loud = words.length > 0 && shouted / words.length >= 0.5;
  return text.replace(WORD, (w) => {
    const bare = w.replace(/['’]S$/, '');
    if (loud && AMBIGUOUS.has(w)) return w.toLowerCase();
    if (w.length < 2 || w !== w.toUpperCase() || /[\p{Ll}]/u.test(w) || ACRONYMS.has(bare) || ACRONYMS.has(w)) return w;
    const lower = w.toLowerCase();
    if (isNameWord(lower.replace(/['’]s$/, ''))) return w[0] + lower.slice(1);
    if (isDictionaryWord(lower.replace(/['’]/g, '')) || isDictionaryWord(lower)) return lower;
    // Among shouted words, a word with vowels is shouting too ("SALE"); "DHL" and "SKU7" stay codes.
    return loud && w.length > 3 && /[AEIOUY]/.test(w) && !/\d/.test(w) ? lower : w;
  });
}

/** Stacked marks to one; a heated sentence ends on a full stop, not an exclamation mark. */
export function calmPunctuation(text: string, heated: boolean): string {
  let t = text.replace(/[!?]*\?[!?]*/g, '?').replace(/!{2,}/g, '!').replace(/\.{4,}/g, '...');
  if (heated) t = t.replace(/!(?=\s|$|["')\]])/g, '.');
  return t;
}

export const upperFirst = (s: string) => (/^["'“(\[]?(?:https?:|www\.|[\w.+-]+@|@|#|\{)/i.test(s) ? s : s.replace(/^(["'“(\[]?)(\p{Ll})/u, (_m, q: string, c: string) => q + c.toUpperCase()));
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) && !/^I\b/.test(s) && !isNameWord(s.split(/\W/)[0].toLowerCase()) ? s[0].toLowerCase() + s.slice(1) : s);

/** Ends a sentence with terminal punctuation, mending seams: spaces before marks, ".:" runs, stray commas. */
export function finish(text: string, end = '.'): string {
  let t = text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+(?=[,.;:!?])/g, '')
    .replace(/([,;:])(?:[ \t]*[,;:])+/g, '$1')
    .replace(/[,;:][ \t]*(?=[.!?]|$)/g, '')
    .replace(/^[ \t,;:.!?-]+/, '')
    .replace(/\(\s*\)/g, '')
    .trim();
  t = t.replace(LEADING_JOINER, '').replace(LEFT_VERB, '');
  if (!t) return '';
  if (!/[.!?…]["')\]]?$/.test(t)) t += end;
  // A question mark stays only on a question: "You could try the theme, if that's alright?" is not one.
  if (/\?$/.test(t) && !QUESTION_START.test(t)) t = t.replace(/\?$/, '.');
  t = t.replace(/([.!?])[.!?]+$/, (_m, c: string) => c);
  return upperFirst(t);
}

/** A joiner that a dropped aside can leave with a comma after it ("and, the trial…"). */
const JOINER_END = /\b(?:and|but|or|so|yet|then|because)$/i;

/** Deletes spans from a sentence (sorted, non-overlapping), taking a neighbouring comma and space. */
export function cut(text: string, spans: readonly { start: number; end: number }[]): string {
  const chosen: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (chosen.length && s.start < chosen[chosen.length - 1].end) continue;
    chosen.push(s);
  }
  let out = '';
  let pos = 0;
  for (const s of chosen) {
    let end = s.end;
    while (end < text.length && /[,;:]/.test(text[end])) end++;
    out += text.slice(pos, s.start);
    // An aside after a joiner ("and, sorry if…, the trial") takes its opening comma too, or "and," dangles.
    if (end > s.end && /,[ \t]*$/.test(out) && JOINER_END.test(out.replace(/,[ \t]*$/, ''))) out = out.replace(/,([ \t]*)$/, '$1');
    pos = end;
  }
  return out + text.slice(pos);
}

/** Clauses of a sentence: split at commas, semicolons, dashes and the joiners that open a new clause. */
export interface Clause {
  start: number;
  end: number;
  /** The separator before this clause in the sentence ('' for the first). */
  sep: string;
}

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /[,;:][ \t]+|[ \t][-–—][ \t]|[ \t](?=(?:but|because|since|although|though|which|and then|so (?:I|we|you|it|the|your|that|there|they)\b)[ \t])/gi;
  let pos = 0;
  let sep = '';
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > pos) out.push({ start: pos, end: m.index, sep });
    sep = m[0];
    pos = m.index + m[0].length;
  }
  if (pos < text.length) out.push({ start: pos, end: text.length, sep });
  return out;
}

/** Puts kept clauses back together with their own separators; where clauses between were dropped, a comma. */
export function joinClauses(text: string, parts: readonly Clause[], keep: readonly boolean[]): string {
  let out = '';
  let prevKept = false;
  parts.forEach((c, k) => {
    if (!keep[k]) {
      prevKept = false;
      return;
    }
    // Across a dropped aside, a joiner takes no comma: "We checked it and, the trial…" reads as broken.
    if (out) out += prevKept ? c.sep : JOINER_END.test(out) ? ' ' : ', ';
    out += text.slice(c.start, c.end);
    prevKept = true;
  });
  return out;
}

/** Whether a short piece of text can stand as a sentence: a few words, a verb or a fact, no dangling end. */
export function standsAlone(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2 && !facts(text).length && !INTERJECTION.test(text.trim())) return false;
  // "If you tell me, I can help." stands; "To fix the refund." does not.
  if (DANGLING_END.test(text) || (FRAGMENT_START.test(text.trim()) && !/,/.test(text))) return false;
  // A sentence needs a verb; "Not ours." does not stand alone.
  // Parsing is the costly part: longer pieces nearly always hold a verb, so only short ones are parsed.
  if (words.length > 7) return true;
  const doc = parse(text);
  return !doc || doc.has('#Verb') || (words.length >= 3 && facts(text).length > 0);
}

/** Restates "Read the listing." as what the listing does, optionally saying what it says. */
export function readOrderFact(text: string, next?: string): string | undefined {
  const m = READ_ORDER.exec(text.trim());
  if (!m) return undefined;
  const doc = m[1].toLowerCase();
  if (next) return `The ${doc} says ${lowerFirst(next.trim())}`;
  return upperFirst(neutralFact('read', `the ${doc}`, '')) + '.';
}

/** Blame with a fact inside, restated as the fact ("You should have read the size chart" -> "The size chart lists the exact measurements"). */
export function blameFact(text: string): string | undefined {
  const r = TRIED.exec(text.trim());
  if (r) return `Try ${r[1]}.`;
  const l = LISTED.exec(text.trim());
  if (l) return `${upperFirst(l[3])} ${LISTS[l[2].toLowerCase()]} ${lowerFirst(l[1])}${l[4] ? `, ${l[4]}` : ''}.`;
  const m = SHOULD_HAVE.exec(text);
  if (m) {
    const object = m[2].trim();
    const fact = neutralFact(m[1], object || undefined, '');
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    return `${before}${fact}${after}`;
  }
  const n = DIDNT_DO.exec(text);
  if (n) {
    const done = PARTICIPLE[n[1].toLowerCase()] ?? `${n[1]}ed`;
    return `${text.slice(0, n.index)}no ${n[2]} was ${done}${text.slice(n.index + n[0].length)}`;
  }
  const d = DIDNT_READ.exec(text);
  if (d) {
    const fact = neutralFact('read', `the ${d[3]}`, '');
    return `${text.slice(0, d.index)}${fact}${text.slice(d.index + d[0].length)}`;
  }
  return undefined;
}

/** Removes lead-ins and tails that only add heat. */
const TOLD_YOU = /^(?:I|we) (?:have |had |already |literally |clearly |just ){0,2}(?:(?:told|explained to|informed) you|said|explained|stated)(?: (?:before|twice|already|last time))?(?: that)?[ \t]+(?=\S)/i;

/** "Sorry, but…": the apology that takes itself back. The composer apologises properly where it is due. */
const SORRY_BUT = /^(?:I['’]m |I am |we['’]re |we are )?(?:so |very |really )?sorry,?[ \t]+but[ \t,]+(?=\S)/i;

export function stripHeat(text: string): string {
  let t = text.replace(TOLD_YOU, '').replace(SORRY_BUT, '');
  for (let k = 0; k < 3; k++) {
    const m = LEAD_IN.exec(t);
    if (!m || m[0].length >= t.length - 2) break;
    t = t.slice(m[0].length);
  }
  return t.replace(TAIL, '');
}

/** Grovelling softened: at most one intensifier before "sorry" (calmer), none (firmer). */
export function plainApology(text: string, firmer: boolean): string {
  return text.replace(/\b(so|very|really),[ \t]+(?=(?:so|very|really)\b)/gi, '$1 ').replace(INTENSIFIERS, (m) => (firmer ? '' : m)).replace(/\b(so|very|really)[ \t]+(?:(?:so|very|really)[ \t]+)+/gi, '$1 ');
}

export const isGrovelOnly = (text: string) => GROVEL_ONLY.test(text.trim());
const SOFT_SUGGESTION = /^you (?:could|might|may|can) (?:also |maybe |perhaps )?(?=(?:try|use|check|switch|turn|restart|clear|reinstall|update|contact|send|reply|tap|open)\b)/i;
/** Firmer says the thing itself: no "I just wanted to say", no "you could try". */
export const withoutPreamble = (text: string) => upperFirst(text.replace(PREAMBLE, '').replace(SOFT_SUGGESTION, ''));
/** Firmer, once a hedge is gone: "we could swap it" -> "we can swap it". */
export const plainModal = (text: string) => text.replace(/\b(I|we) could(?=[ \t]+(?:swap|send|refund|replace|resize|book|offer|check|exchange|fix|reissue|cancel)\b)/gi, '$1 can');
/** A next step or a resolution in the writer's words: an instruction, or what was or will be done. */
export const NEXT =
  /^(?:please |just )?(?:check|try|restart|send|clear|turn|tap|go|add|install|look|contact|reply|use|open|update|click|select|order|call|email|visit|collect|return|enable|disable|sign|log|reset|message|bring|keep|steam|air)\b|\b(?:I|we)(?:['’]ve| have)? (?:just |already |now )?(?:restored|removed|refunded|fixed|corrected|emailed|sent|issued|booked|reissued|credited|added|cancelled|canceled|resized|replaced|posted|updated|changed|reset|unlocked|reactivated|told|passed|asked|escalated)\b|\b(?:will be|has been|have been|was|were) (?:refunded|sent|shipped|released|fixed|delivered|restored|reissued|credited|issued|removed|corrected|cancelled|canceled)\b|\b(?:ships?|arrives?|goes out|will (?:arrive|ship|go out|be ready|drop off|clear)) (?:on|today|tomorrow|this|next|by|within|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bis (?:fixed|processing|on its way|out for delivery|cancelled)\b|\b(?:drops? off|will be released|can (?:collect|resize|send|book|swap|refund|reissue))\b|\bI can (?:send|book|resize|swap|refund|reissue|replace|help)\b|\b(?:I|we)(?:['’]ll| will) (?:see|check|look|ask|send|refund|replace|fix|get|make|call|email|contact|update|arrange|book|reissue|follow up|let you know|pass|escalate|investigate|credit|cancel|restore)\b|\b(?:team|staff) (?:has |have )?(?:restored|fixed|refunded|replaced|sent|reissued|corrected)\b/i;

export const isPolicy = (text: string) => SENTENCE_POLICY.test(text);

export const SENTENCE_PATTERNS: RegExp[] = [TRIED, LISTED, INTERJECTION, ATTACK_ONLY, SORRY_BUT, DIDNT_DO, TOLD_YOU, QUESTION_START, SOFT_SUGGESTION, NEXT, LEFT_VERB, FRAGMENT_START, HEAT_LEAD, HEAT_TAIL, LEAD_IN, TAIL, READ_ORDER, SHOULD_HAVE, DIDNT_READ, DANGLING_END, LEADING_JOINER, SENTENCE_POLICY, INTENSIFIERS, PREAMBLE, GROVEL_ONLY];
