/**
 * Calmer and firmer rewrites. Calmer fixes every heated finding and repairs a missing acknowledgement,
 * apology or next step; firmer also drops grovelling and hedges, and stands by the policy.
 * Both keep every fact, never touch the greeting, signature or quoted text, and leave a clean draft alone.
 */
import type { Analysis, Category, EngineSettings, Finding, Rewrites } from './types';
import { CALM_CATEGORIES, FIRM_CATEGORIES } from './types';
import { regions, type Span } from './text';
import { lostFacts } from './fixes/facts';

type Mode = 'calmer' | 'firmer';

/** Re-analyses the draft; injected by index.ts so this module does not import the engine back. */
type Reanalyse = (text: string) => Analysis;

export const PLACEHOLDER_NEXT_STEP = '[what you will do, and when]';
const ACKNOWLEDGEMENT = 'I can see how frustrating this has been.';
const APOLOGY = "I'm sorry for the trouble this has caused.";
const NEXT_STEP = `Here is what happens next: ${PLACEHOLDER_NEXT_STEP}.`;
const BOUNDARY = "I'm glad to keep helping, but if the insults continue I will end this conversation.";
const NO_GIVING_IN = 'I can only offer what our policy allows.';

const targets = (mode: Mode): readonly Category[] => (mode === 'calmer' ? CALM_CATEGORIES : [...CALM_CATEGORIES, ...FIRM_CATEGORIES]);

/** The replacement a finding gets in a rewrite: its own, or deletion. */
function replacementOf(f: Finding): string {
  return f.replacement ?? '';
}

const SENTENCE_START = /(?:^|[.!?]["')\]]?\s+|\n\s*)$/;

/** Applies non-overlapping fixes in one left-to-right pass; deletions take a neighbouring space and comma. */
export function applyReplacements(text: string, findings: readonly Finding[]): string {
  const chosen: Finding[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (chosen.length && f.start < chosen[chosen.length - 1].end) continue;
    chosen.push(f);
  }
  const parts: string[] = [];
  let pos = 0;
  for (const f of chosen) {
    let start = f.start;
    let end = f.end;
    const rep = replacementOf(f);
    const atStart = SENTENCE_START.test(text.slice(Math.max(0, start - 4), start)) || /^\s*$/.test(text.slice(Math.max(0, start - 4), start));
    if (rep === '') {
      while (end < text.length && /[,;:]/.test(text[end])) end++;
      if (end < text.length && text[end] === ' ') end++;
      else if (start > pos && text[start - 1] === ' ') start--;
      parts.push(text.slice(pos, start));
    } else {
      if (/[.:]$/.test(rep) && text[end] === ',') end++;
      parts.push(text.slice(pos, start), atStart ? rep[0].toUpperCase() + rep.slice(1) : rep);
    }
    pos = end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Seams that edits leave, and their mends, applied in order to each line of rewritten own text. */
export const TIDY_RULES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/[ \t]{2,}/g, ' '],
  [/(\S)[ \t]+(?=[,.;:!?])/g, '$1'],
  [/([,;:])(?:\s*[,;:])+/g, '$1'],
  [/[,;:](\s*[.!?])/g, '$1'],
  [/([.!?])[.!?]*(?=\s|$)/g, (m, first) => (m.includes('?') ? '?' : first)],
  [/(^|[.!?]["')\]]?\s+)[,;:.!?]+(?:\s+|$)/g, '$1'],
  [/(^|[.!?]\s+)(?:and|but|so)\s*[,.]?\s+(?=\p{L})/giu, '$1'],
  [/(^\s*|[.!?]["')\]]?\s+)(\p{Ll})/gu, (_m, pre, c) => pre + c.toUpperCase()],
  [/^\s*[.!?]\s*$/, ''],
];

/** Mends the seams edits leave in one region of own text: spaces, stray commas, empty sentences, capitals. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => TIDY_RULES.reduce((l, [re, rep]) => l.replace(re, rep as string), line).replace(/[ \t]+$/, ''))
    .join('\n');
}

/** Whether a finding's rewrite would drop a fact inside it (then it is left for the writer). */
function keepsFacts(text: string, f: Finding): boolean {
  const rep = replacementOf(f);
  return lostFacts(text.slice(f.start, f.end), rep).length === 0;
}

function insertSentence(region: string, sentence: string, where: 'start' | 'end'): string {
  if (where === 'start') {
    const lead = /^\s*/.exec(region)![0];
    return `${lead}${sentence} ${region.slice(lead.length)}`;
  }
  const trail = /\s*$/.exec(region)![0];
  const body = region.slice(0, region.length - trail.length);
  const sep = /[.!?]["')\]]?$/.test(body) || body === '' ? ' ' : '. ';
  return `${body}${body ? sep : ''}${sentence}${trail}`;
}

function policyLine(settings: EngineSettings, about: string): string | undefined {
  const p = settings.policies;
  if (p.returns && /\breturn/i.test(about)) return `Our return policy: ${p.returns.trim().replace(/[.]?$/, '.')}`;
  if (p.refunds && /\brefund|money back|charge ?back/i.test(about)) return `Our refund policy: ${p.refunds.trim().replace(/[.]?$/, '.')}`;
  if (p.shipping && /\bship|deliver|arriv|post(?:ed|age)|dispatch|courier|tracking/i.test(about)) return `Our shipping times: ${p.shipping.trim().replace(/[.]?$/, '.')}`;
  return undefined;
}

function build(text: string, analysis: Analysis, settings: EngineSettings, mode: Mode, reanalyse: Reanalyse, incoming: string): string {
  const wanted = targets(mode);
  const isTarget = (f: Finding) => wanted.includes(f.category);
  const first = analysis.findings.filter(isTarget);
  const sit = analysis.situations;
  const needsBoundary = mode === 'firmer' && sit.includes('abusive');
  const exploiting = mode === 'firmer' && sit.includes('exploiting');
  // No churn: a draft with nothing to fix, in a situation that asks for nothing more, comes back as it was.
  if (!first.length && !needsBoundary && !exploiting) return text;

  const reg = regions(text, settings.signOffs);
  if (!reg.own.length) return text;
  let out = text;
  // Fix findings, re-analyse, and fix what is left, a bounded number of times.
  for (let pass = 0; pass < 3; pass++) {
    const a = pass === 0 ? analysis : reanalyse(out);
    const todo = a.findings.filter((f) => isTarget(f) && keepsFacts(out, f));
    if (!todo.length) break;
    out = editOwn(out, settings.signOffs, (seg, offset) => applyReplacements(seg, todo.filter((f) => f.start >= offset && f.end <= offset + seg.length).map((f) => ({ ...f, start: f.start - offset, end: f.end - offset }))));
  }

  // Repair the structure the checks found missing, in the writer's own text.
  const checks = reanalyse(out).checks;
  const opening: string[] = [];
  const closing: string[] = [];
  if (first.length) {
    if (!checks.acknowledgement.present && (sit.includes('angry') || sit.includes('problem'))) opening.push(ACKNOWLEDGEMENT);
    if (!checks.apology.present && sit.includes('problem') && !sit.includes('exploiting') && !sit.includes('abusive')) opening.push(APOLOGY);
    if (!checks.nextStep.present) closing.push(NEXT_STEP);
  }
  if (mode === 'firmer') {
    const policy = policyLine(settings, `${out}\n${incoming}`);
    if (exploiting && !out.includes(NO_GIVING_IN)) closing.push(NO_GIVING_IN);
    if (policy && (exploiting || first.some((f) => f.rule === 'hedging-pushover') || first.length) && !out.includes(policy)) closing.push(policy);
    if (needsBoundary && !/\b(?:end|close|stop) (?:this|the) conversation\b/i.test(out)) closing.push(BOUNDARY);
  }
  if (opening.length || closing.length) {
    const own = regions(out, settings.signOffs).own;
    const firstOwn = own.find((s) => out.slice(s.start, s.end).trim());
    const lastOwn = [...own].reverse().find((s) => out.slice(s.start, s.end).trim()) ?? own[own.length - 1];
    const edits: [Span, string][] = [];
    if (firstOwn && firstOwn === lastOwn) {
      let seg = out.slice(firstOwn.start, firstOwn.end);
      if (opening.length) seg = insertSentence(seg, opening.join(' '), 'start');
      if (closing.length) seg = insertSentence(seg, closing.join(' '), 'end');
      edits.push([firstOwn, seg]);
    } else {
      if (firstOwn && opening.length) edits.push([firstOwn, insertSentence(out.slice(firstOwn.start, firstOwn.end), opening.join(' '), 'start')]);
      if (lastOwn && closing.length) edits.push([lastOwn, insertSentence(out.slice(lastOwn.start, lastOwn.end), closing.join(' '), 'end')]);
    }
    for (const [span, seg] of edits.sort((x, y) => y[0].start - x[0].start)) out = out.slice(0, span.start) + seg + out.slice(span.end);
  }
  // The guarantee: every fact of the original survives. If one did not, fall back to the original text.
  return lostFacts(text, out).length ? text : out;
}

/** Applies `edit` to each region of the writer's own text and tidies it; everything else is kept byte for byte. */
function editOwn(text: string, signOffs: readonly string[] | undefined, edit: (segment: string, offset: number) => string): string {
  const own = regions(text, signOffs).own;
  let out = '';
  let pos = 0;
  for (const s of own) {
    out += text.slice(pos, s.start);
    const seg = text.slice(s.start, s.end);
    const edited = edit(seg, s.start);
    out += edited === seg ? seg : keepEdges(seg, tidy(edited));
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** Keeps a region's leading and trailing whitespace, so the text around it lines up as before. */
function keepEdges(original: string, edited: string): string {
  const lead = /^\s*/.exec(original)![0];
  const trail = /\s*$/.exec(original)![0];
  return lead + edited.trim() + trail;
}

export function rewrite(text: string, analysis: Analysis, settings: EngineSettings, reanalyse: Reanalyse, incoming = ''): Rewrites {
  return {
    calmer: build(text, analysis, settings, 'calmer', reanalyse, incoming),
    firmer: build(text, analysis, settings, 'firmer', reanalyse, incoming),
  };
}

