/**
 * Calmer and firmer rewrites, composed by sentence. The body is parsed into sentences with roles; heat is
 * dropped or restated as the fact it carried; then the reply is put back together in a fixed order:
 *   calmer: greeting, acknowledgement naming the problem, apology when the business is at fault, the facts,
 *           the writer's own next step (else their policy, else a placeholder), sign-off;
 *   firmer: greeting, a short acknowledgement, the facts, the policy stated plainly, one bounded offer,
 *           a boundary with an abusive or exploiting customer, sign-off.
 * Greeting, sign-off, signature and quoted history are kept byte for byte. A rewrite that would lose or
 * invent a fact is not offered.
 */
import type { Analysis, Category, EngineSettings, Finding, RewriteMode } from '../types';
import { CATEGORIES } from '../types';
import { acknowledgementSpans } from '../checks/acknowledgement';
import { apologySpans } from '../checks/apology';
import { nextStepSpans } from '../checks/next-step';
import { facts, lostFacts } from '../fixes/facts';
import { structure, type BodySentence } from './structure';
import { cueOf, heardAnywhere, HEATED_ROLES } from './cues';
import { businessAtFault, customerProblem } from './problem';
import {
  DIDNT_READ,
  HEAT_LEAD,
  HEAT_TAIL,
  NEXT,
  ATTACK_ONLY,
  READ_ORDER,
  SHOULD_HAVE,
  blameFact,
  calmPunctuation,
  clauses,
  cut,
  finish,
  isGrovelOnly,
  joinClauses,
  plainModal,
  plainApology,
  readOrderFact,
  roleOf,
  sentenceCase,
  standsAlone,
  upperFirst,
  stripHeat,
  withoutPreamble,
  type Role,
} from './sentence';

export const PLACEHOLDER_NEXT_STEP = '[what you will do, and when]';
/** Any placeholder a rewrite leaves for the writer: lower-case words in square brackets. */
export const PLACEHOLDER = /\[[a-z][a-z ,'’]{2,60}\]/g;
const BOUNDARY = "I'm glad to keep helping, but if the insults continue I will end this conversation.";

/** Categories both rewrites fix. `unfinished` is the writer's to fill in, not ours. */
export const FIXED: readonly Category[] = CATEGORIES.filter((c) => (c as string) !== 'unfinished');
/** Categories that make a reply read as heated (the calmer one's job). */
const HEAT: readonly Category[] = ['caps', 'exclamation', 'defensive', 'blame', 'excuse', 'sarcasm', 'hostile', 'non-apology'];

/** Why one part of a rewrite differs from the draft. Offsets: `from` in the draft, `to` in the rewrite. */
export interface RewriteChange {
  from?: { start: number; end: number };
  to?: { start: number; end: number };
  why: string;
  rule?: string;
  category?: Category;
}

/** A rewrite, or the reason it is not offered. */
export interface RewriteResult {
  text: string;
  /** False when nothing changed or the rewrite was refused; then `text` is the draft. */
  offered: boolean;
  /** Set when a rewrite was made but not offered: what it would have broken. */
  reason?: string;
  changes: RewriteChange[];
}

type Reanalyse = (text: string) => Analysis;

interface Ctx {
  mode: RewriteMode;
  reanalyse: Reanalyse;
  /** Facts the draft also states outside a given sentence: a sentence may drop them, the whole-reply guard still checks. */
  elsewhere?: (s: BodySentence) => ReadonlySet<string>;
}

const explain = (f: Finding) => `“${f.text}”: ${f.message}`;

/** Heat strong enough to rewrite a draft no rule flagged: lead-ins, tails, orders, blame, and heated clause cues. */
const strongHeat = (t: string) => {
  const x = t.trim();
  if (HEAT_LEAD.test(x) || HEAT_TAIL.test(x) || ATTACK_ONLY.test(x) || READ_ORDER.test(x) || SHOULD_HAVE.test(x) || DIDNT_READ.test(x)) return true;
  return [x, ...clauses(x).map((c) => x.slice(c.start, c.end))].some((c) => {
    const r = cueOf(c);
    return r !== undefined && HEATED_ROLES.includes(r);
  }) || /^(?:(?:I['’]m |I am |we['’]re |we are )?sorry if|(?:I|we) apologi[sz]e if)\b/i.test(x);
};

/** Heat our own grammar hears even when no rule flagged it. */
const ownHeat = (t: string) => {
  const x = t.trim();
  return HEAT_LEAD.test(x) || HEAT_TAIL.test(x) || cueOf(x) !== undefined || ATTACK_ONLY.test(x) || READ_ORDER.test(x) || SHOULD_HAVE.test(x) || DIDNT_READ.test(x) || clauses(x).some((c) => cueOf(x.slice(c.start, c.end)) !== undefined);
};

function isClean(text: string, ctx: Ctx): boolean {
  return !ctx.reanalyse(text).findings.some((f) => FIXED.includes(f.category));
}

/**
 * A rule's own restatement is used where it keeps the sentence's content: blame restated as its fact
 * ("it helps to measure your finger"), a jab restated as its request ("could you email me"), or a one-word swap ("you people" -> "you"). A generic line ("Let me
 * explain what happened", an acknowledgement) is not: the composer places those itself.
 */
function usableReplacement(f: Finding): boolean {
  const rep = f.replacement ?? '';
  if (/\[/.test(rep) || acknowledgementSpans(rep).length || apologySpans(rep).length) return false;
  if (/^[\p{L}'’]+$/u.test(rep)) return true;
  // A restatement that only leaves words out ("No, it's" -> "it's") adds nothing generic.
  if (rep.trim() && f.text.toLowerCase().includes(rep.trim().toLowerCase())) return true;
  // Blame restated as its fact, mock politeness as the plain request ("could you email me"), a rebuttal as the plain offer ("you can use most features for free").
  if (f.category !== 'blame' && f.category !== 'sarcasm' && f.category !== 'defensive') return false;
  const words = new Set((f.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !/^(?:should|could|would|have|your|that|this|with|from|they|their|there|what)$/.test(w)));
  // The same word, or its stem ("email" in "emailing", "writ" in "writing").
  const stem = (w: string) => (w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w.slice(0, 5));
  const shared = (rep.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => words.has(w) || words.has(w.replace(/e$/, 'ed')) || [...words].some((x) => x.startsWith(stem(w)))).length;
  // A rebuttal's restatement must carry its content ("most features … free", a number), not one echoed word ("here is how it works").
  if (f.category === 'defensive') return shared + 2 * (rep.match(/\d+%?/g) ?? []).filter((d) => f.text.includes(d)).length >= 2;
  return shared > 0;
}

/** Applies findings by their text (offsets move as the sentence changes): their replacement, or a cut. */
function applyFindings(text: string, fs: readonly Finding[], useReplacements: boolean): string {
  let t = text;
  // A finding inside another whose restatement is used goes with it (an omission inside the mock-polite request that restates it).
  const restated = useReplacements ? fs.filter((f) => f.replacement && usableReplacement(f)) : [];
  for (const f of [...fs].sort((a, b) => b.start - a.start)) {
    if (f.category === 'caps' || f.category === 'exclamation') continue;
    if (restated.some((g) => g !== f && g.start <= f.start && f.end <= g.end)) continue;
    // Grovelling inside an apology is toned down, not cut: the apology itself stays.
    if (f.category === 'over-apology' && /\b(?:sorry|apolog)/i.test(f.text) && !isGrovelOnly(f.text)) continue;
    // A lone modal ("might") carries meaning; cutting it leaves "the export be broken".
    if (f.category === 'hedging' && /^(?:might|may|could|would|should)$/i.test(f.text.trim())) continue;
    const i = t.indexOf(f.text);
    if (i === -1) continue;
    // A rule's own restatement is used for blame only, where it carries the fact ("it helps to measure…");
    // elsewhere it tends to be an acknowledgement, which the composer places itself.
    const rep = useReplacements && f.replacement && usableReplacement(f) ? f.replacement : '';
    if (rep) {
      t = t.slice(0, i) + rep + t.slice(i + f.text.length);
      continue;
    }
    // A one-word insult after an article becomes "someone"; elsewhere the word alone goes ("the other BS taxes").
    if (f.category === 'hostile' && /^\p{L}+$/u.test(f.text)) {
      const art = /\b(?:an?|the)[ \t]+$/i.exec(t.slice(Math.max(0, i - 5), i));
      t = art ? t.slice(0, i - art[0].length) + 'someone' + t.slice(i + f.text.length) : cut(t, [{ start: i, end: i + f.text.length }]);
      continue;
    }
    // A lead-in at the start ("We would like to highlight that …", "With all due respect, …") goes alone: what follows it stands.
    // So does a rebuttal whose reason follows ("The free version is still fine, as the ads …" -> "The ads …").
    const reason = f.category === 'defensive' && i === 0 ? /^[ \t]*,?[ \t]+(?:as|because|since)[ \t]+/i.exec(t.slice(f.text.length)) : null;
    if (i === 0 && (reason || /\bthat$/i.test(f.text) || /^[ \t]*,/.test(t.slice(f.text.length, f.text.length + 2))) && /\p{L}/u.test(t.slice(f.text.length))) {
      t = cut(t, [{ start: 0, end: f.text.length + (reason ? reason[0].length : 0) }]).trimStart();
      continue;
    }
    // A cut inside a clause leaves a broken one ("We're not, you're…"): the whole clause goes instead.
    let start = i;
    let end = i + f.text.length;
    const atStart = /(?:^|[,;:.!?][ \t]*)$/.test(t.slice(Math.max(0, start - 3), start)) || start === 0;
    const atEnd = /^[ \t]*(?:[,;:.!?]|$)/.test(t.slice(end, end + 3));
    // An adverb ("obviously", "clearly") comes out cleanly on its own; so does a hedge.
    const adverb = /^\p{L}+ly$/u.test(f.text.trim());
    if (!atEnd && f.category !== 'hedging' && !adverb) {
      // A cut at the start that leaves the rest of its clause ("You will have seen a warning| message…") takes the clause.
      if (!atStart) while (start > 0 && !/[,;:.!?]/.test(t[start - 1])) start--;
      while (end < t.length && !/[,;:.!?]/.test(t[end])) end++;
    }
    t = cut(t, [{ start, end }]);
  }
  return t;
}

const SUBORDINATE = /^(?:just )?(?:because|since|which|although|though|unless|so that|whereas|while|so (?=(?:I|we|you|that|it|they)\b))\b/i;
/** "a community driven hobby project": the excuse in the noun; "a project" keeps the sentence's offer. */
const HOBBY = /\b(?:an? )?(?:(?:community[- ]driven|free|small|little|one[- ](?:man|person)|personal|spare[- ]time) ){0,3}hobby project\b/i;
/** "an issue with your device not Tasks" -> "an issue with your device that affects Tasks": the cause, and the product named, without the denial. */
const DEVICE_NOT = /\b((?:an? )?(?:issue|problem|bug|fault) (?:with|on|of|in) (?:your|the) (?:device|phone|handset|tablet|settings|network|connection|browser|battery settings|power settings)),? not (?:with |on |in |of )?(?:the )?(\p{Lu}[\p{L}.]*)/u;
/** "…an issue with your device, not Tasks": the denial's tail; what is left states the cause. */
const NOT_US = /(?<!\b(?:is|are|was|were|it['’]s|that['’]s|this['’]s)),?[ \t]{1,4}(?:and[ \t]+)?not[ \t]+(?:(?:by|from|with|on|in|of|caused by)[ \t]+)?(?:us|me|ours|our[ \t]+(?:app|side|end|system|team)|the[ \t]+app|\p{Lu}[\p{L}.]*)(?=[ \t]*(?:[.,;!?]|$))/u;

/** The clauses of a sentence that neither a finding nor our own cues mark as heat. */
function coolClauses(s: BodySentence, fs: readonly Finding[]): string {
  const hot = (c: { start: number; end: number }) =>
    fs.some((f) => f.category !== 'caps' && f.category !== 'exclamation' && f.start < s.start + c.end && s.start + c.start < f.end) ||
    cueOf(s.text.slice(c.start, c.end)) !== undefined;
  const parts = clauses(s.text);
  const keep = parts.map((c) => !hot(c));
  // A subordinate clause ("because…", "which…") goes with the clause it depends on.
  parts.forEach((c, k) => {
    if (keep[k] && SUBORDINATE.test(s.text.slice(c.start, c.end)) && (k === 0 || !keep[k - 1])) keep[k] = false;
  });
  return joinClauses(s.text, parts, keep);
}

/** The neutral restatement of one body sentence, or '' to drop it. Never loses a fact of the sentence. */
function neutral(s: BodySentence, fs: readonly Finding[], role: Role, ctx: Ctx): string {
  const original = s.text;
  const heated = fs.some((f) => HEAT.includes(f.category)) || (role !== 'fact' && role !== 'hedge' && role !== 'apology' && role !== 'offer' && role !== 'question' && role !== 'policy');
  const end = /\?["')\]]?$/.test(original) ? '?' : '.';
  const polish = (t: string) => {
    let out = calmPunctuation(sentenceCase(t), heated);
    // Grovelling clauses go; the apology stays.
    // Grovelling clauses go; one apology stays.
    const parts = clauses(out);
    let apologised = false;
    const keep = parts.map((c) => {
      const t = out.slice(c.start, c.end);
      if (!isGrovelOnly(t)) return true;
      if (apologySpans(t).length && !apologised) return (apologised = true);
      return false;
    });
    out = joinClauses(out, parts, keep);
    if (ctx.mode === 'firmer') {
      out = withoutPreamble(plainApology(out, true)).replace(/,[ \t]*sorry(?=[.!?]*$)/i, '');
      if (fs.some((f) => f.category === 'hedging')) out = plainModal(out);
    }
    else out = plainApology(out, false);
    out = finish(out, end);
    // A cut that leaves only a link ("Read the help before reviewing: https://…") still introduces it.
    if (/^(?:https?:\/\/|www\.)\S+$/i.test(out)) out = `Here is the link: ${out}`;
    return standsAlone(out) ? out : '';
  };
  // Facts of the sentence as it stands in the draft ("Dear Guest, Greetings" makes "Greetings" one).
  const fromBefore = new Set(facts(s.before));
  const repeated = ctx.elsewhere?.(s);
  const own = [...new Set([...facts(original), ...facts(s.before + original).filter((f) => !fromBefore.has(f) && original.toLowerCase().includes(f))])].filter((f) => !repeated?.has(f));
  const keepsFacts = (t: string) => {
    const have = t.toLowerCase();
    return own.every((f) => have.includes(f));
  };
  const acceptable = (c: string) => !!c && keepsFacts(c) && !ownHeat(c) && !heardAnywhere(c) && isClean(c, ctx);
  if (ATTACK_ONLY.test(original.trim()) && !own.length) return '';
  const base = stripHeat(blameFact(original) ?? original);
  const withoutCues = (t: string) => {
    const parts = clauses(t);
    return joinClauses(t, parts, parts.map((c) => cueOf(t.slice(c.start, c.end)) === undefined));
  };
  // Candidates from the least to the most cut, tried lazily: the first acceptable one wins.
  const makers: (() => string)[] = [
    () => (HOBBY.test(base) ? polish(stripHeat(base.replace(HOBBY, 'a project'))) : ''),
    () => (DEVICE_NOT.test(base) ? polish(stripHeat(base.replace(DEVICE_NOT, '$1 that affects $2'))) : ''),
    () => (NOT_US.test(base) ? polish(stripHeat(base.replace(NOT_US, ''))) : ''),
    () => polish(stripHeat(coolClauses({ ...s, text: base }, fs.filter((f) => base.includes(f.text))))),
    () => polish(applyFindings(base, fs, true)),
    () => polish(applyFindings(base, fs, false)),
    () => polish(stripHeat(coolClauses(s, fs))),
    () => polish(stripHeat(withoutCues(applyFindings(base, fs, true)))),
    () => polish(stripHeat(withoutCues(applyFindings(base, fs, false)))),
    // Standing at the start of its own sentence now ("Amy, maybe you could…" after the acknowledgement), it may read differently.
    () => {
      const alone = upperFirst(base);
      const again = ctx.reanalyse(alone).findings.filter((f) => FIXED.includes(f.category));
      return again.length ? polish(applyFindings(alone, again, true)) : '';
    },
  ];
  const candidates: string[] = [];
  for (const make of makers) {
    const c = make();
    if (candidates.includes(c)) continue;
    candidates.push(c);
    if (acceptable(c)) return c;
  }
  if (!own.length) return '';
  // The sentence carries a fact we cannot restate cleanly: keep the fact-keeping candidate with the least heat left.
  const left = (c: string) => ctx.reanalyse(c).findings.filter((f) => FIXED.includes(f.category)).length + (ownHeat(c) ? 1 : 0);
  const keeping = candidates.filter((c) => c && keepsFacts(c));
  if (keeping.length) return keeping.reduce((best, c) => (left(c) < left(best) ? c : best));
  const least = finish(calmPunctuation(sentenceCase(original), heated), end);
  return keepsFacts(least) ? least : original;
}

function policyOf(settings: EngineSettings, about: string): { kind: string; text: string } | undefined {
  const p = settings.policies ?? {};
  const clean = (s: string) => s.trim().replace(/[.!]*$/, '');
  if (p.returns?.trim() && /\breturn|exchange|send (?:it|them) back/i.test(about)) return { kind: 'return', text: clean(p.returns) };
  if (p.refunds?.trim() && /\brefund|money back|charge ?back|charged|reimburse/i.test(about)) return { kind: 'refund', text: clean(p.refunds) };
  if (p.shipping?.trim() && /\bship|deliver|arriv|post(?:ed|age)|dispatch|courier|tracking|parcel|package|late\b/i.test(about)) return { kind: 'shipping', text: clean(p.shipping) };
  return undefined;
}

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** The findings that overlap each sentence, in one pass over both (sentences are sorted and disjoint). */
function bucket(body: readonly BodySentence[], findings: readonly Finding[]): Finding[][] {
  const out: Finding[][] = body.map(() => []);
  for (const f of findings) {
    let lo = 0;
    let hi = body.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (body[mid].end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < body.length && body[k].start < f.end; k++) out[k].push(f);
  }
  return out;
}

/**
 * Whether a sentence acknowledges the customer. The engine's check also counts a bare restatement of the
 * situation ("Your order was delivered on 5 May"), which is a fact, not an acknowledgement; and a warm
 * "Sorry to see you go" is acknowledgement enough for a customer who is leaving.
 */
function acknowledges(text: string): boolean {
  if (/\bsorry to see you go\b/i.test(text)) return true;
  return acknowledgementSpans(text).some((s) => !/^(?:your|the)\b/i.test(text.slice(s.start, s.end)));
}

interface SentenceChecks {
  ack: boolean;
  apology: boolean;
  next: boolean;
}
/** The three checks per sentence, remembered: calmer and firmer share most sentences, and so do drafts as they grow. */
const checkMemo = new Map<string, SentenceChecks>();
function checksOf(text: string): SentenceChecks {
  let c = checkMemo.get(text);
  if (!c) {
    c = {
      ack: acknowledges(text),
      apology: apologySpans(text).length > 0,
      next: nextStepSpans(text).length > 0 || text.includes(PLACEHOLDER_NEXT_STEP) || NEXT.test(text),
    };
    checkMemo.set(text, c);
    if (checkMemo.size > 2000) checkMemo.delete(checkMemo.keys().next().value!);
  }
  return c;
}

/** The last draft's structure: both rewrites of a draft parse it once. */
let lastStructure: { key: string; value: ReturnType<typeof structure> } | undefined;
function structureOf(draft: string, signOffs?: readonly string[]) {
  const key = `${(signOffs ?? []).join('\u0001')}\u0002${draft}`;
  if (lastStructure?.key !== key) lastStructure = { key, value: structure(draft, signOffs) };
  return lastStructure.value;
}

interface Out {
  text: string;
  gap: string;
  from?: BodySentence;
  why?: string;
  finding?: Finding;
}

/** Composes one rewrite. */
export const COMPOSE_PATTERNS: RegExp[] = [NOT_US, DEVICE_NOT, HOBBY, SUBORDINATE];

export function compose(draft: string, analysis: Analysis, settings: EngineSettings, mode: RewriteMode, reanalyse: Reanalyse, incoming: string): RewriteResult {
  // A sentence may drop a fact the draft repeats elsewhere ("…not Tasks" when Tasks is named again); if the whole
  // reply then loses it, the rewrite is composed again with every sentence keeping its own.
  const loose = composeWith(draft, analysis, settings, mode, reanalyse, incoming, true);
  if (loose.offered || !loose.reason) return loose;
  return composeWith(draft, analysis, settings, mode, reanalyse, incoming, false);
}

function composeWith(draft: string, analysis: Analysis, settings: EngineSettings, mode: RewriteMode, reanalyse: Reanalyse, incoming: string, loose: boolean): RewriteResult {
  const unchanged: RewriteResult = { text: draft, offered: false, changes: [] };
  const sit = analysis.situations as string[];
  const first = analysis.findings.filter((f) => FIXED.includes(f.category));
  const abusive = sit.includes('abusive');
  const exploiting = sit.includes('exploiting');
  const firmer = mode === 'firmer';
  // Past the length the engine reads, a rewrite would judge text nobody analysed.
  if (analysis.truncatedAt !== undefined) return { ...unchanged, reason: 'The draft is longer than the coach reads, so no rewrite is offered.' };
  const st = structureOf(draft, settings.signOffs);
  if (!st.body.length) return unchanged;
  if (!first.length && !(firmer && (abusive || exploiting)) && !st.body.some((s) => strongHeat(s.text))) return unchanged;
  const ctx: Ctx = { mode, reanalyse };
  if (loose) {
    const seen = new Map<string, number>();
    for (const f of [...facts(st.head), ...facts(st.tail)]) seen.set(f, 2);
    for (const b of st.body) for (const f of new Set(facts(b.text))) seen.set(f, (seen.get(f) ?? 0) + 1);
    const many = new Set([...seen].filter(([, n]) => n > 1).map(([f]) => f));
    ctx.elsewhere = () => many;
  }

  // 1. Each sentence, restated neutrally or dropped.
  const outs: Out[] = [];
  let pendingGap = '';
  let apologies = 0;
  const body = st.body;
  const inSentence = bucket(body, first);
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    const fs = inSentence[i];
    const role = roleOf(s.text, fs);
    // A sentence that opened mid-line ("Amy, maybe you could…") starts its own once the rewrite puts a line before it.
    const risen = !fs.length && /^\p{Ll}/u.test(s.text) && !isClean(upperFirst(s.text), ctx);
    let text = fs.length || risen || ownHeat(s.text) ? neutral(s, fs, role, ctx) : s.text;
    if (firmer && text === s.text) text = withoutPreamble(text);
    let consumedNext = false;
    if (READ_ORDER.test(s.text.trim())) {
      // "Read the listing. No refunds on sale items." -> "The listing says no refunds on sale items."
      const next = body[i + 1];
      const nextFs = next ? inSentence[i + 1] : [];
      const nextText = next ? neutral(next, nextFs, roleOf(next.text, nextFs), ctx) || '' : '';
      const words = nextText.split(/\s+/).length;
      if (next && nextText && words <= 14 && !/\?$/.test(nextText) && !/^(?:I|we|you)\b/i.test(nextText) && !next.gap.includes('\n')) {
        const merged = readOrderFact(s.text, nextText);
        if (merged && isClean(merged, ctx)) {
          text = merged;
          consumedNext = true;
        }
      }
      if (!consumedNext) text = facts(s.text).length ? (readOrderFact(s.text) ?? text) : '';
    }
    // One apology is enough; firmer keeps at most one, calmer drops the repeats that say nothing else.
    if (text && apologySpans(text).length) {
      apologies++;
      if (apologies > 1 && (isGrovelOnly(text) || firmer) && !facts(text).length) text = '';
    } else if (text && isGrovelOnly(text) && !facts(text).length) text = '';
    const finding = fs.find((f) => !['caps', 'exclamation'].includes(f.category)) ?? fs[0];
    const why = finding ? explain(finding) : role === 'blame' ? 'Telling the customer to read something reads as blame; the rewrite keeps only the fact.' : 'Heat without a fact: the rewrite leaves it out.';
    if (text) {
      const gap = pendingGap && (pendingGap.trim() || pendingGap.split('\n').length > s.gap.split('\n').length) ? pendingGap + (s.gap.trim() ? s.gap : '') : s.gap;
      outs.push({ text, gap, from: s, ...(text !== s.text ? { why, finding } : {}) });
      pendingGap = '';
    } else {
      outs.push({ text: '', gap: '', from: s, why, finding });
      pendingGap = s.gap.trim() || s.gap.split('\n').length > pendingGap.split('\n').length ? s.gap : pendingGap;
    }
    if (consumedNext) {
      i++;
      outs.push({ text: '', gap: '', from: body[i], why });
    }
  }
  const kept = outs.filter((o) => o.text);
  const keptText = kept.map((o) => o.text).join(' ');
  const anyKept = (k: keyof SentenceChecks) => kept.some((o) => checksOf(o.text)[k]);

  // 2. What the reply is missing, in the situation.
  // The engine's `problem` now covers any complaint; an apology is owed only for the business's own failure.
  const atFault = (sit.includes('problem') || sit.includes('repeat-failure')) && businessAtFault(incoming);
  const problemCase = atFault && !exploiting && !abusive && !sit.includes('repeat-mistake');
  const heatedDraft = first.some((f) => HEAT.includes(f.category)) || st.body.some((s) => strongHeat(s.text));
  const hasAck = anyKept('ack');
  const hasApology = anyKept('apology');
  const hasNext = anyKept('next');
  const needAck = !hasAck && (heatedDraft || sit.includes('angry') || sit.includes('abusive') || problemCase);
  const needApology = !hasApology && problemCase && apologies === 0;
  const problem = customerProblem(incoming);
  const opening: string[] = [];
  if (!firmer) {
    const ack = problem ? `I can see how frustrating it is that ${problem}` : 'I can see how frustrating this has been';
    if (needAck && needApology) opening.push(`${ack}, and I'm sorry.`);
    else if (needAck) opening.push(`${ack}.`);
    else if (needApology) opening.push(problem ? `I'm sorry that ${problem}.` : "I'm sorry for the trouble this has caused.");
    // Calmer is warmer even when nothing was heated: a hedged or pleading reply still opens with thanks.
    else if (!hasAck && !opening.length) opening.push('Thank you for letting me know.');
  } else {
    const sorry = problem ? `I'm sorry that ${problem}` : "I'm sorry for the trouble";
    if (needAck && needApology) opening.push(`I understand the frustration, and ${sorry}.`);
    else if (needAck) opening.push('I understand the frustration.');
    else if (needApology) opening.push(`${sorry}.`);
  }
  const closing: string[] = [];
  const policy = policyOf(settings, `${keptText}\n${incoming}\n${draft}`);
  const policyAlready = policy && draft.toLowerCase().includes(policy.text.toLowerCase());
  const important = atFault || sit.includes('confused') || sit.includes('repeat-failure');
  if (!firmer) {
    if (!hasNext) {
      if (policy && !policyAlready) closing.push(`Under our ${policy.kind} policy, ${lowerFirst(policy.text)}.`);
      else if (important) closing.push(`Here is what happens next: ${PLACEHOLDER_NEXT_STEP}.`);
      else if (!kept.length) closing.push('Let me know how I can help.');
    }
  } else {
    if (policy && !policyAlready) closing.push(`As our ${policy.kind} policy says, ${lowerFirst(policy.text)}.`);
    if (!hasNext) {
      if (important || exploiting) closing.push(`Here is what I can do: ${PLACEHOLDER_NEXT_STEP}.`);
      else if (!kept.length) closing.push('Tell me what you need, and I will see what I can do.');
    }
    if (exploiting && !/does not change (?:that|what)/.test(draft)) closing.push(policy ? 'A review or a dispute does not change that.' : 'A review or a dispute does not change what our policy allows.');
    if (abusive && !/\b(?:end|close|stop) (?:this|the) conversation\b/i.test(draft)) closing.push(BOUNDARY);
  }

  // 3. Put it back together: head, opening, body, closing, tail.
  const inlineGreeting = /,[ \t]*$/.test(st.head) && !/\n[ \t]*$/.test(st.head) && st.head.trim() !== '';
  let text = st.head;
  const changes: RewriteChange[] = [];
  const addOwn = (t: string, why: string) => {
    const start = text.length;
    text += t;
    changes.push({ to: { start, end: text.length }, why });
  };
  const pieces: string[] = [];
  opening.forEach((o) => pieces.push(o));
  let firstPiece = true;
  const place = (t: string) => (firstPiece && inlineGreeting && !/^I\b/.test(t) ? lowerFirst(t) : t);
  for (const o of opening) {
    if (!firstPiece) text += ' ';
    addOwn(place(o), needAck ? 'Added: the customer is upset, and the reply did not acknowledge it yet.' : needApology ? 'Added: there is a problem on your side, and the reply did not apologise yet.' : 'Added: a warm opening.');
    firstPiece = false;
  }
  for (const o of outs) {
    if (!o.text) {
      changes.push({ from: { start: o.from!.start, end: o.from!.end }, to: { start: text.length, end: text.length }, why: o.why ?? '', ...(o.finding ? { rule: o.finding.rule, category: o.finding.category } : {}) });
      continue;
    }
    text += firstPiece ? '' : o.gap && /\S|\n/.test(o.gap) ? o.gap : ' ';
    // A sentence that followed an inline greeting ("Hi Ryan, apologies…") starts with a capital once something precedes it.
    const t = firstPiece ? place(o.text) : upperFirst(o.text);
    const start = text.length;
    text += t;
    if (t !== o.from!.text) changes.push({ from: { start: o.from!.start, end: o.from!.end }, to: { start, end: text.length }, why: o.why ?? 'Capitals and marks mended.', ...(o.finding ? { rule: o.finding.rule, category: o.finding.category } : {}) });
    firstPiece = false;
  }
  for (const c of closing) {
    if (!firstPiece) text += ' ';
    addOwn(c, c === BOUNDARY ? 'Added: a calm boundary, because the customer is abusive.' : c.includes(PLACEHOLDER_NEXT_STEP) ? 'Added: say what you will do, and when (fill in the brackets).' : c.startsWith('A review') ? 'Added: threats do not change the policy.' : policy && c.includes(policy.text.slice(1)) ? 'Added: your policy, from the options page.' : 'Added: a next step.');
    firstPiece = false;
  }
  text += st.tail;
  void pieces;

  if (text === draft) return unchanged;
  const refused = factGuard(draft, text, mode, [incoming, ...opening, ...closing, ...Object.values(settings.policies ?? {})]);
  if (refused) return { text: draft, offered: false, reason: refused, changes: [] };
  return { text, offered: true, changes };
}

/**
 * The guarantee: a rewrite keeps every fact of the draft and adds none that the draft, the customer's message
 * or the user's policy text does not hold. Returns why a rewrite is refused, or undefined.
 */
export function factGuard(draft: string, rewritten: string, mode: RewriteMode, sources: readonly (string | undefined)[] = []): string | undefined {
  const lost = lostFacts(draft, rewritten);
  if (lost.length) return `The ${mode} rewrite would drop ${lost.map((f) => `“${f}”`).join(', ')}, so it is not offered.`;
  const known = [draft, ...sources].filter((x): x is string => !!x);
  const allowed = new Set(known.flatMap(facts));
  const lower = known.join('\n').toLowerCase();
  const invented = facts(rewritten).filter((f) => !allowed.has(f) && !lower.includes(f));
  if (invented.length) return `The ${mode} rewrite would add ${invented.map((f) => `“${f}”`).join(', ')}, which the draft does not say, so it is not offered.`;
  return undefined;
}
