/** The engine: analyze(draft, context) -> Analysis. Pure and synchronous; cached per sentence. */
import type { Analysis, AnalyzeContext, Category, Check, EngineSettings, Finding, RewriteMode, Rewrites, Severity } from './types';
import { CATEGORIES, CALM_CATEGORIES } from './types';
import { sentenceContext, type DraftRule, type Report, type Rule } from './rule';
import { compileLexicon, matchLexicon, type CompiledLexicon } from './lexicon/matcher';
import { regions, sentences, languageCounts, looksEnglish, type LanguageCounts, type Span } from './text';
import { engineSettings } from './settings';
import { detectSituations, adviceFor, dedupeAdvice, importantChecks, missingAdvice } from './situations';
import { apologySpans } from './checks/apology';
import { withoutAcknowledgement } from './checks/acknowledgement';
import { nextStepSpans, type NextStepSpan } from './checks/next-step';
import { compose, explainDiff, type RewriteResult } from './rewrite';
import { wordDiff, type DiffPart } from './diff';
import { scoreSentence, modelGeneration, type ToneScores } from './model';
import { toneOf } from './tone';

import blameCustomerFault from './blame-customer-fault';
import blameOmission from './blame-omission';
import defensiveContradiction from './defensive-contradiction';
import defensiveFaultDenial from './defensive-fault-denial';
import defensivePrice from './defensive-price';
import defensiveRecord from './defensive-record';
import excuseLimits from './excuse-limits';
import excuseThirdParty from './excuse-third-party';
import hostileAccusation from './hostile-accusation';
import nonApologyDistancing from './non-apology-distancing';
import sarcasmCourtesy from './sarcasm-courtesy';
import sarcasmRhetorical from './sarcasm-rhetorical';
import blameShouldHave from './blame-should-have';
import capsShouting from './caps-shouting';
import defensiveDenial from './defensive-denial';
import defensiveTrackRecord from './defensive-track-record';
import exclamationStacked from './exclamation-stacked';
import excuseBusy from './excuse-busy';
import excuseShifting from './excuse-shifting';
import hedgingJust from './hedging-just';
import hedgingPermission from './hedging-permission';
import hedgingPushover from './hedging-pushover';
import hedgingUncertain from './hedging-uncertain';
import hostileDismissal from './hostile-dismissal';
import hostileInsult from './hostile-insult';
import hostileTone from './hostile-tone';
import nonApologyBut from './non-apology-but';
import nonApologyConditional from './non-apology-conditional';
import nonApologyPassive from './non-apology-passive';
import overApologyGrovel from './over-apology-grovel';
import overApologyRepeated from './over-apology-repeated';
import sarcasmAlreadySaid from './sarcasm-already-said';
import sarcasmObviously from './sarcasm-obviously';
import unfinishedPlaceholder from './unfinished-placeholder';

export * from './types';
export { DEFAULT_ENGINE_SETTINGS, engineSettings } from './settings';
export { detectSituations, adviceFor } from './situations';
export { wordDiff, type DiffPart } from './diff';
export { PLACEHOLDER_NEXT_STEP, FIXED, proseProblems, type RewriteResult, type RewriteChange } from './rewrite';
export { tone, type Tone } from './tone';
export { prepareLexicons } from './lexicon/matcher';
export { modelStatus, useToneWeights, decodeAsset, type ModelStatus } from './model';

/** Sentence rules, sorted by id. */
export const RULES: readonly Rule[] = [
  blameCustomerFault,
  blameOmission,
  blameShouldHave,
  capsShouting,
  defensiveContradiction,
  defensiveDenial,
  defensiveFaultDenial,
  defensivePrice,
  defensiveRecord,
  defensiveTrackRecord,
  exclamationStacked,
  excuseBusy,
  excuseLimits,
  excuseShifting,
  excuseThirdParty,
  hedgingJust,
  hedgingPermission,
  hedgingPushover,
  hedgingUncertain,
  hostileAccusation,
  hostileDismissal,
  hostileInsult,
  hostileTone,
  nonApologyBut,
  nonApologyConditional,
  nonApologyDistancing,
  nonApologyPassive,
  overApologyGrovel,
  sarcasmAlreadySaid,
  sarcasmCourtesy,
  sarcasmObviously,
  sarcasmRhetorical,
  unfinishedPlaceholder,
];

/** Rules that count across the whole draft. */
export const DRAFT_RULES: readonly DraftRule[] = [overApologyRepeated];

/** Drafts longer than this are analysed up to here, and the Analysis says so. */
export const ANALYSIS_LIMIT = 100_000;

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const MIN_RANK = { gentle: 2, standard: 1, strict: 0 } as const;

interface RawFinding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  replacement?: string;
  note?: string;
  source?: string;
}

interface SentenceResult {
  findings: RawFinding[];
  collected: Span[][];
  apology: Span[];
  acknowledgement: Span[];
  nextStep: NextStepSpan[];
  language: LanguageCounts;
  /** The tone model's scores for the sentence; null without usable weights. */
  scores: ToneScores | null;
}

/** Counters for tests and the benchmark: how much work the cache saved. */
export const engineStats = { sentencesAnalysed: 0 };

const CACHE_LIMIT = 4000;
const cache = new Map<string, SentenceResult>();
/** What every match of NOT_WORDING holds: most sentences have none, and the address branch is tried at every letter. */
const MAYBE_NOT_WORDING = /["“@]|:\/\/|www\./i;
/** Quoted speech, URLs and email addresses in a sentence are not the writer's wording. */
const NOT_WORDING = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|\b(?:https?:\/\/|www\.)[^\s]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/g;

/** Called when a rule throws; analysis goes on without that rule. Tests make it throw. */
export let onRuleError: (rule: string, error: unknown) => void = () => {};
export function setRuleErrorHandler(fn: (rule: string, error: unknown) => void) {
  onRuleError = fn;
}

interface Prepared {
  key: string;
  ignore: ReadonlySet<string>;
  custom?: CompiledLexicon;
}
const prepared = new WeakMap<EngineSettings, Prepared>();

function prepare(settings: EngineSettings): Prepared {
  let p = prepared.get(settings);
  if (!p) {
    const custom = settings.customPhrases.filter((c) => c.phrase.trim() !== '');
    p = {
      key: JSON.stringify([settings.ignoreWords, custom]),
      ignore: new Set(settings.ignoreWords.map(normalPhrase).filter(Boolean)),
      custom: custom.length
        ? compileLexicon(custom.map((c) => ({ phrase: c.phrase, note: c.message, source: 'your own phrases (options page)', replacement: c.replacement })), { shared: false })
        : undefined,
    };
    prepared.set(settings, p);
  }
  return p;
}

function analyseSentence(text: string, settings: EngineSettings, p: Prepared): SentenceResult {
  const key = `${p.key}\u0001${modelGeneration()}\u0001${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  engineStats.sentencesAnalysed++;
  const findings: RawFinding[] = [];
  const quotes: Span[] = [];
  if (MAYBE_NOT_WORDING.test(text)) for (const q of text.matchAll(NOT_WORDING)) quotes.push({ start: q.index!, end: q.index! + q[0].length });
  const inQuote = (r: Report) => quotes.some((q) => r.start >= q.start && r.end <= q.end);

  let current: Rule | undefined;
  const ctx = sentenceContext(text, p.ignore, (r) => {
    if (!current || r.end <= r.start || r.start < 0 || r.end > text.length || inQuote(r)) return;
    findings.push({
      rule: current.id,
      category: current.category,
      severity: r.severity ?? current.severity,
      message: r.message ?? current.message,
      start: r.start,
      end: r.end,
      ...(r.replacement !== undefined ? { replacement: r.replacement } : {}),
      ...(r.note ? { note: r.note } : {}),
      ...(r.source ? { source: r.source } : {}),
    });
  });
  for (const rule of RULES) {
    current = rule;
    try {
      rule.check(ctx);
    } catch (e) {
      onRuleError(rule.id, e);
    }
  }
  // The model's finding yields to a rule that already explains the sentence's heat.
  if (findings.some((f) => f.rule === hostileTone.id) && findings.some((f) => f.rule !== hostileTone.id && CALM_CATEGORIES.includes(f.category))) {
    findings.splice(0, findings.length, ...findings.filter((f) => f.rule !== hostileTone.id));
  }
  if (p.custom) {
    for (const m of matchLexicon(p.custom, text)) {
      const phrase = settings.customPhrases.find((c) => c.message === m.entry.note && c.replacement === m.entry.replacement);
      findings.push({
        rule: 'custom-phrase',
        category: phrase?.category ?? 'hostile',
        severity: 'high',
        message: m.entry.note || 'You asked to be warned about this phrase.',
        start: m.start,
        end: m.end,
        ...(m.entry.replacement !== undefined ? { replacement: m.entry.replacement } : {}),
      });
    }
  }
  const collected = DRAFT_RULES.map((r) => {
    try {
      return r.collect(text).filter((s) => !quotes.some((q) => s.start >= q.start && s.end <= q.end));
    } catch (e) {
      onRuleError(r.id, e);
      return [];
    }
  });
  const acknowledgement = ctx.acknowledgement();
  const result: SentenceResult = {
    findings,
    collected,
    apology: apologySpans(text),
    acknowledgement,
    nextStep: nextStepSpans(text),
    language: languageCounts(text),
    scores: scoreSentence(withoutAcknowledgement(text, acknowledgement)),
  };
  cache.set(key, result);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return result;
}

const ABSENT: Check = { present: false };

/** A phrase as the never-flag list compares it: lower case, one space between words, no edge punctuation. */
const normalPhrase = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”.,!?;:]+|[\s"'“”.,!?;:]+$/g, '');
/** Categories whose finding turns a sentence's offer, or any request for details in the reply, into a rebuke. */
const REBUKE: readonly Category[] = ['blame', 'sarcasm', 'hostile'];

function emptyAnalysis(draft: string, skipped?: Analysis['skipped']): Analysis {
  return {
    findings: [],
    checks: { apology: ABSENT, acknowledgement: ABSENT, nextStep: ABSENT },
    situations: [],
    advice: [],
    tone: { heat: 0, pushover: 0 },
    ...(skipped ? { skipped } : {}),
  };
}

/** Drops a finding that sits inside another of the same category, and exact duplicates. One sorted sweep. */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const reach = new Map<Category, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    if ((reach.get(f.category) ?? -1) >= f.end) continue;
    reach.set(f.category, Math.max(reach.get(f.category) ?? -1, f.end));
    out.push(f);
  }
  return out;
}

/** Analyses a draft reply. Never throws; offsets are UTF-16 code units of `draft`. */
export function analyze(draft: string, context: AnalyzeContext = {}): Analysis {
  const settings = engineSettings(context.settings);
  const text = typeof draft === 'string' ? draft : '';
  const situations = settings.situationOverride ?? detectSituations(context.incoming);
  const limit = Math.min(text.length, ANALYSIS_LIMIT);
  const head = limit < text.length ? text.slice(0, limit) : text;
  const truncated = limit < text.length ? { truncatedAt: limit } : {};
  const reg = regions(head, settings.signOffs);
  const judged = settings.judgeGreetingAndSignature ? [reg.greeting, ...reg.own, reg.signature].filter((x): x is Span => !!x) : reg.own;
  const ss = sentences(head, judged);
  if (!ss.length) return remember({ ...emptyAnalysis(text, 'empty'), situations, advice: adviceFor(situations), ...truncated }, text, context);
  const p = prepare(settings);
  const results = ss.map((s) => analyseSentence(s.text, settings, p));
  const language: LanguageCounts = { words: 0, en: 0, foreign: 0, latin: 0, other: 0 };
  for (const r of results) for (const k of Object.keys(language) as (keyof LanguageCounts)[]) language[k] += r.language[k];
  if (!looksEnglish(language)) {
    return remember({ ...emptyAnalysis(text, 'not-english'), situations, advice: adviceFor(situations), ...truncated }, text, context);
  }

  const all: Finding[] = [];
  const collected: Span[][] = DRAFT_RULES.map(() => []);
  let apology: Check = ABSENT;
  let acknowledgement: Check = ABSENT;
  let nextStep: Check = ABSENT;

  ss.forEach((s, i) => {
    const r = results[i];
    for (const f of r.findings) {
      all.push({ ...f, start: s.start + f.start, end: s.start + f.end, text: text.slice(s.start + f.start, s.start + f.end) });
    }
    r.collected.forEach((spans, k) => {
      for (const c of spans) collected[k].push({ start: s.start + c.start, end: s.start + c.end });
    });
  });
  DRAFT_RULES.forEach((rule, k) => {
    rule.decide(collected[k], (r) => {
      if (r.end <= r.start || r.end > head.length) return;
      all.push({
        rule: rule.id,
        category: rule.category,
        severity: r.severity ?? rule.severity,
        message: r.message ?? rule.message,
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        ...(r.replacement !== undefined ? { replacement: r.replacement } : {}),
      });
    });
  });

  const nonApologies = all.filter((f) => f.category === 'non-apology');
  /** The first span whose own text, or (with `wholeSentence`) whose sentence, no vetoing finding touches. */
  const firstClear = (pick: (r: SentenceResult) => Span[], veto: Finding[], wholeSentence = false): Check => {
    for (let i = 0; i < ss.length; i++) {
      for (const sp of pick(results[i])) {
        const start = ss[i].start + sp.start;
        const end = ss[i].start + sp.end;
        const [a, b] = wholeSentence ? [ss[i].start, ss[i].start + ss[i].text.length] : [start, end];
        if (!veto.some((v) => v.start < b && a < v.end)) return { present: true, start, end };
      }
    }
    return ABSENT;
  };
  apology = firstClear((r) => r.apology, nonApologies);
  acknowledgement = firstClear((r) => r.acknowledgement, nonApologies);
  // A request or a link inside a rebuke ("you could have emailed me at …") is not a next step.
  // Asking for details in a reply that rebukes the customer anywhere is rhetorical ("tell us what the problem
  // is" after "the fault is yours"), not a step. Defensive replies keep theirs: with them it did not carry over.
  const rebukes = all.filter((f) => REBUKE.includes(f.category));
  nextStep = firstClear((r) => (rebukes.length ? r.nextStep.filter((s) => !s.ask) : r.nextStep), rebukes, true);

  const minRank = MIN_RANK[settings.sensitivity] ?? 1;
  const findings = dedupe(
    // A placeholder left to fill in is always reported: a reply holding one is never shown as clean.
    all.filter(
      (f) =>
        (settings.categories[f.category] !== false || f.category === 'unfinished') &&
        SEVERITY_RANK[f.severity] >= minRank &&
        CATEGORIES.includes(f.category) &&
        // "Never flag this phrase": the user's never-flag list holds words and whole phrases.
        (f.category === 'unfinished' || !p.ignore.has(normalPhrase(f.text))),
    ),
  );
  const important = importantChecks(situations);
  const mark = (c: Check, k: keyof typeof important): Check => (!c.present && important[k] ? { ...c, important: true } : c);
  const analysis: Analysis = {
    findings,
    checks: { apology: mark(apology, 'apology'), acknowledgement: mark(acknowledgement, 'acknowledgement'), nextStep: mark(nextStep, 'nextStep') },
    situations,
    tone: toneOf(findings, results.map((r) => r.scores)),
    advice: dedupeAdvice([
      ...missingAdvice(situations, { acknowledgement: !acknowledgement.present, apology: !apology.present, nextStep: !nextStep.present }),
      ...adviceFor(situations),
    ]),
    ...truncated,
  };
  return remember(analysis, text, context);
}

function remember(analysis: Analysis, text: string, context: AnalyzeContext): Analysis {
  origins.set(analysis, { text, context });
  return analysis;
}

/** What each Analysis was made from, so rewrite() needs only the Analysis. */
const origins = new WeakMap<Analysis, { text: string; context: AnalyzeContext }>();

/**
 * The calmer or firmer rewrite of an analysed draft, as plain text: the draft itself when there is nothing to
 * change or the rewrite is not offered (see rewriteResult for why). Asked for, never computed behind a getter.
 */
export function rewrite(analysis: Analysis, mode: RewriteMode): string {
  return rewriteResult(analysis, mode).text;
}

/**
 * The rewrite with what the UI needs: whether it is offered, the reason when it is not (it would lose or
 * invent a fact), and which finding caused each change. An Analysis not made by analyze() has none.
 */
export function rewriteResult(analysis: Analysis, mode: RewriteMode): RewriteResult {
  const origin = origins.get(analysis);
  if (!origin) throw new Error('rewrite() needs an Analysis returned by analyze()');
  const { text, context } = origin;
  if (analysis.skipped) return { text, offered: false, changes: [] };
  let both = rewritesMemo.get(analysis);
  if (!both) {
    const settings = engineSettings(context.settings);
    const again = (t: string) => analyze(t, context);
    both = {
      calmer: compose(text, analysis, settings, 'calmer', again, context.incoming ?? ''),
      firmer: compose(text, analysis, settings, 'firmer', again, context.incoming ?? ''),
    };
    rewritesMemo.set(analysis, both);
  }
  return both[mode];
}
const rewritesMemo = new WeakMap<Analysis, Record<RewriteMode, RewriteResult>>();

/** The word diff of the draft and a rewrite, each change carrying the reason for it (shown on hover and focus). */
export function rewriteDiff(analysis: Analysis, mode: RewriteMode): DiffPart[] {
  const r = rewriteResult(analysis, mode);
  return explainDiff(wordDiff(origins.get(analysis)!.text, r.text), r.changes);
}

/** Both rewrites at once, for callers that show them side by side. */
export function rewrites(analysis: Analysis): Rewrites {
  return { calmer: rewrite(analysis, 'calmer'), firmer: rewrite(analysis, 'firmer') };
}

/**
 * One rule's findings over a draft, with no other rule running: what RuleTester checks. Same sentence
 * split and quote handling as analyze(); every severity; no settings.
 */
export function ruleFindings(rule: Rule | DraftRule, draft: string): Finding[] {
  const out: Finding[] = [];
  const collected: Span[] = [];
  const push = (r: Report, offset: number) =>
    out.push({
      rule: rule.id,
      category: rule.category,
      severity: r.severity ?? rule.severity,
      message: r.message ?? rule.message,
      start: offset + r.start,
      end: offset + r.end,
      text: draft.slice(offset + r.start, offset + r.end),
      ...(r.replacement !== undefined ? { replacement: r.replacement } : {}),
      ...(r.note ? { note: r.note } : {}),
      ...(r.source ? { source: r.source } : {}),
    });
  for (const s of sentences(draft, regions(draft).own)) {
    const quotes = [...s.text.matchAll(NOT_WORDING)].map((q) => ({ start: q.index!, end: q.index! + q[0].length }));
    const outside = (r: Span) => !quotes.some((q) => r.start >= q.start && r.end <= q.end);
    if ('check' in rule) {
      rule.check(sentenceContext(s.text, new Set(), (r) => r.end > r.start && r.start >= 0 && r.end <= s.text.length && outside(r) && push(r, s.start)));
    } else {
      for (const c of rule.collect(s.text)) if (outside(c)) collected.push({ start: s.start + c.start, end: s.start + c.end });
    }
  }
  if (!('check' in rule)) rule.decide(collected, (r) => push(r, 0));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Empties the per-sentence cache (for benchmarks and memory tests). */
export function clearCache() {
  cache.clear();
}

export function cacheSize() {
  return cache.size;
}
