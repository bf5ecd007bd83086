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
import { customerProblem } from './problem';
import {
  DIDNT_READ,
  HEAT_LEAD,
  HEAT_TAIL,
  READ_ORDER,
  SHOULD_HAVE,
  blameFact,
  calmPunctuation,
  clauses,
  cut,
  finish,
  isGrovelOnly,
  plainApology,
  readOrderFact,
  roleOf,
  sentenceCase,
  standsAlone,
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
}

const explain = (f: Finding) => `“${f.text}”: ${f.message}`;
const ATTACK_ONLY =
  /^(?:not my (?:problem|fault|issue)|(?:that['’]s |it['’]s )?your (?:problem|issue|fault)|grow up|calm down|deal with it|get over it|whatever|too bad|tough(?: luck)?|end of (?:discussion|story)|not happening|nope|seriously|unbelievable|ridiculous|get a grip|learn to read)[.!?]*$/i;

/** Heat our own grammar hears even when no rule flagged it. */
const ownHeat = (t: string) => {
  const x = t.trim();
  return HEAT_LEAD.test(x) || HEAT_TAIL.test(x) || ATTACK_ONLY.test(x) || READ_ORDER.test(x) || SHOULD_HAVE.test(x) || DIDNT_READ.test(x);
};

function isClean(text: string, ctx: Ctx): boolean {
  return !ctx.reanalyse(text).findings.some((f) => FIXED.includes(f.category));
}

/** Deletes finding spans by their text (offsets move as the sentence changes). */
function cutFindings(text: string, fs: readonly Finding[]): string {
  let t = text;
  for (const f of [...fs].sort((a, b) => b.start - a.start)) {
    if (f.category === 'caps' || f.category === 'exclamation') continue;
    // Grovelling inside an apology is toned down, not cut: the apology itself stays.
    if (f.category === 'over-apology' && /\b(?:sorry|apolog)/i.test(f.text) && !isGrovelOnly(f.text)) continue;
    const i = t.indexOf(f.text);
    if (i === -1) continue;
    t = cut(t, [{ start: i, end: i + f.text.length }]);
  }
  return t;
}

/** The neutral restatement of one body sentence, or '' to drop it. Never loses a fact of the sentence. */
function neutral(s: BodySentence, fs: readonly Finding[], role: Role, ctx: Ctx): string {
  const original = s.text;
  const heated = fs.some((f) => HEAT.includes(f.category)) || role === 'attack' || role === 'sarcasm' || role === 'blame';
  const end = /\?["')\]]?$/.test(original) ? '?' : '.';
  const polish = (t: string) => {
    let out = calmPunctuation(sentenceCase(t), heated);
    if (ctx.mode === 'firmer') out = withoutPreamble(plainApology(out, true));
    else out = plainApology(out, false);
    out = finish(out, end);
    return standsAlone(out) ? out : '';
  };
  const keepsFacts = (t: string) => lostFacts(original, t).length === 0;
  if (ATTACK_ONLY.test(original.trim()) && !facts(original).length) return '';
  const candidates: string[] = [];
  const base = stripHeat(blameFact(original) ?? original);
  candidates.push(polish(cutFindings(base, fs)));
  // Clause by clause: keep the clauses no finding touches.
  const parts = clauses(original).filter((c) => !fs.some((f) => f.category !== 'caps' && f.category !== 'exclamation' && f.start < c.end + s.start && s.start + c.start < f.end));
  if (parts.length) candidates.push(polish(stripHeat(parts.map((c) => original.slice(c.start, c.end)).join(', '))));
  for (const c of candidates) if (c && keepsFacts(c) && (c === original || isClean(c, ctx))) return c;
  if (!facts(original).length) return '';
  // The sentence carries a fact we cannot restate cleanly: keep it, with capitals and marks mended.
  for (const c of candidates) if (c && keepsFacts(c)) return c;
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

interface Out {
  text: string;
  gap: string;
  from?: BodySentence;
  why?: string;
  finding?: Finding;
}

/** Composes one rewrite. */
export function compose(draft: string, analysis: Analysis, settings: EngineSettings, mode: RewriteMode, reanalyse: Reanalyse, incoming: string): RewriteResult {
  const unchanged: RewriteResult = { text: draft, offered: false, changes: [] };
  const sit = analysis.situations as string[];
  const first = analysis.findings.filter((f) => FIXED.includes(f.category));
  const abusive = sit.includes('abusive');
  const exploiting = sit.includes('exploiting');
  const firmer = mode === 'firmer';
  const st = structure(draft, settings.signOffs);
  if (!st.body.length) return unchanged;
  if (!first.length && !(firmer && (abusive || exploiting)) && !st.body.some((s) => ownHeat(s.text))) return unchanged;
  const ctx: Ctx = { mode, reanalyse };

  // 1. Each sentence, restated neutrally or dropped.
  const outs: Out[] = [];
  let pendingGap = '';
  let apologies = 0;
  const body = st.body;
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    const fs = first.filter((f) => f.start < s.end && s.start < f.end);
    const role = roleOf(s.text, fs);
    let text = fs.length || ownHeat(s.text) ? neutral(s, fs, role, ctx) : s.text;
    if (firmer && text === s.text) text = withoutPreamble(text);
    let consumedNext = false;
    if (READ_ORDER.test(s.text.trim())) {
      // "Read the listing. No refunds on sale items." -> "The listing says no refunds on sale items."
      const next = body[i + 1];
      const nextFs = next ? first.filter((f) => f.start < next.end && next.start < f.end) : [];
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

  // 2. What the reply is missing, in the situation.
  const problemCase = (sit.includes('problem') || sit.includes('repeat-failure')) && !exploiting && !abusive && !sit.includes('repeat-mistake');
  const heatedDraft = first.some((f) => HEAT.includes(f.category)) || st.body.some((s) => ownHeat(s.text));
  const hasAck = acknowledgementSpans(keptText).length > 0;
  const hasApology = apologySpans(keptText).length > 0;
  const hasNext = nextStepSpans(keptText).length > 0 || keptText.includes(PLACEHOLDER_NEXT_STEP);
  const needAck = !hasAck && (heatedDraft || sit.includes('angry') || sit.includes('abusive') || problemCase);
  const needApology = !hasApology && problemCase && apologies === 0;
  const problem = customerProblem(incoming);
  const opening: string[] = [];
  if (!firmer) {
    const ack = problem ? `I can see how frustrating it is that ${problem}` : 'I can see how frustrating this has been';
    if (needAck && needApology) opening.push(`${ack}, and I'm sorry.`);
    else if (needAck) opening.push(`${ack}.`);
    else if (needApology) opening.push(problem ? `I'm sorry that ${problem}.` : "I'm sorry for the trouble this has caused.");
  } else {
    const sorry = problem ? `I'm sorry that ${problem}` : "I'm sorry for the trouble";
    if (needAck && needApology) opening.push(`I understand the frustration, and ${sorry}.`);
    else if (needAck) opening.push('I understand the frustration.');
    else if (needApology) opening.push(`${sorry}.`);
  }
  const closing: string[] = [];
  const policy = policyOf(settings, `${keptText}\n${incoming}\n${draft}`);
  const policyAlready = policy && draft.toLowerCase().includes(policy.text.toLowerCase());
  const important = sit.includes('problem') || sit.includes('confused') || sit.includes('repeat-failure');
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
    addOwn(place(o), needAck ? 'Added: the customer is upset, and the reply did not acknowledge it yet.' : 'Added: there is a problem on your side, and the reply did not apologise yet.');
    firstPiece = false;
  }
  for (const o of outs) {
    if (!o.text) {
      changes.push({ from: { start: o.from!.start, end: o.from!.end }, to: { start: text.length, end: text.length }, why: o.why ?? '', ...(o.finding ? { rule: o.finding.rule, category: o.finding.category } : {}) });
      continue;
    }
    text += firstPiece ? '' : o.gap && /\S|\n/.test(o.gap) ? o.gap : ' ';
    const t = place(o.text);
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
  const lost = lostFacts(draft, text);
  if (lost.length) return { text: draft, offered: false, reason: `The ${mode} rewrite would drop ${lost.map((f) => `“${f}”`).join(', ')}, so it is not offered.`, changes: [] };
  const allowed = new Set([...facts(draft), ...facts(incoming), ...facts(Object.values(settings.policies ?? {}).join('\n'))]);
  const invented = facts(text).filter((f) => !allowed.has(f) && !draft.toLowerCase().includes(f) && !incoming.toLowerCase().includes(f));
  if (invented.length) return { text: draft, offered: false, reason: `The ${mode} rewrite would add ${invented.map((f) => `“${f}”`).join(', ')}, which the draft does not say, so it is not offered.`, changes: [] };
  return { text, offered: true, changes };
}
