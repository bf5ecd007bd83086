/**
 * The tone model's training data: only the permissively licensed corpora in ../shared/corpora/train and the
 * Wikipedia politeness corpus. unhealthy-comments, twitter-customer-care and replies-to-reviews are for
 * measurement only and are never read here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Head } from '../../rules/model/model';

/** ../shared/corpora, from the repository root. */
export const CORPORA = resolve(__dirname, '../../../shared/corpora');
export const TRAIN_FILES = ['goemotions.tsv', 'toxic_spans_civil.tsv', 'convabuse.tsv', 'isarcasmeval_en.tsv'] as const;
export const POLITENESS_FILE = 'politeness-wikipedia.annotated.csv';

/** Parses RFC 4180 CSV, or TSV quoted the same way (quoted fields, doubled quotes, newlines in quotes). */
export function parseDelimited(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      atStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atStart = true;
    } else {
      field += c;
      atStart = false;
    }
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header; rows of the wrong width are dropped (and counted). */
export function readTable(path: string, delimiter: string): { rows: Record<string, string>[]; dropped: number } {
  const [header, ...body] = parseDelimited(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), delimiter);
  const rows: Record<string, string>[] = [];
  let dropped = 0;
  for (const r of body) {
    if (r.length !== header.length) {
      if (!(r.length === 1 && r[0] === '')) dropped++;
      continue;
    }
    const o: Record<string, string> = {};
    header.forEach((h, i) => (o[h] = r[i]));
    rows.push(o);
  }
  return { rows, dropped };
}

/** One training text: a label (0..1) per head it informs; heads it says nothing about are absent. */
export interface Example {
  text: string;
  labels: Partial<Record<Head, number>>;
  /** Which corpus it came from, for reports and per-source subsampling. */
  source: string;
  /** For the politeness corpus: the Normalized Score, to make quartiles and folds. */
  politeness?: number;
}

/** Fails with a clear message when ../shared/corpora is not beside the repository. */
export function requireCorpora(dir = CORPORA): void {
  const missing = [...TRAIN_FILES.map((f) => resolve(dir, 'train', f)), resolve(dir, POLITENESS_FILE)].filter((p) => !existsSync(p));
  if (missing.length) {
    throw new Error(`The tone model's training data is missing: ${missing.join(', ')}.\nExpected ../shared/corpora beside the repository root (see ../shared/corpora/README.md).`);
  }
}

const on = (r: Record<string, string>, k: string) => r[k] === '1';

/**
 * Heat: hostile, insulting, abusive, contemptuous wording. Toxic Spans posts are all pre-selected as toxic;
 * a post with a majority-marked insult, threat or identity attack is hot (1), and every other post counts
 * by the share of raters who marked an insult in it (insult_frac: 0 for a post nobody found insulting),
 * so "some raters heard an insult" is neither taught as calm nor as hostile.
 */
export function heatExamples(dir = CORPORA): Example[] {
  const out: Example[] = [];
  for (const r of readTable(resolve(dir, 'train/toxic_spans_civil.tsv'), '\t').rows) {
    const hot = on(r, 'insult') || on(r, 'threat') || on(r, 'identity_attack');
    const frac = Math.min(1, Math.max(0, Number(r.insult_frac) || 0));
    out.push({ text: r.text, labels: { heat: hot ? 1 : frac }, source: 'toxic_spans' });
  }
  for (const r of readTable(resolve(dir, 'train/convabuse.tsv'), '\t').rows) {
    out.push({ text: r.text, labels: { heat: on(r, 'abusive') ? 1 : 0 }, source: 'convabuse' });
  }
  return out;
}

/**
 * GoEmotions: heat (anger, disgust, annoyance: the irritated register a customer reply can slip into),
 * remorse and caring. A comment marked only with disapproval is disagreement ("that's not how it works"),
 * which a calm reply may voice as well as a heated one: the heat head does not learn from it either way.
 * Taught as heat, it made the head hear any objection as hostile.
 */
export function goEmotionsExamples(dir = CORPORA): Example[] {
  const out: Example[] = [];
  for (const r of readTable(resolve(dir, 'train/goemotions.tsv'), '\t').rows) {
    const labels: Example['labels'] = { remorse: on(r, 'remorse') ? 1 : 0, caring: on(r, 'caring') ? 1 : 0 };
    if (on(r, 'anger') || on(r, 'disgust') || on(r, 'annoyance')) labels.heat = 1;
    else if (!on(r, 'disapproval')) labels.heat = 0;
    out.push({ text: r.text, labels, source: 'goemotions' });
  }
  return out;
}

/**
 * iSarcasmEval: the tweets their authors did not call sarcastic, and the plain rewordings of sarcastic ones,
 * as everyday calm text for heat. (A sarcasm head trained on the rest scored 0.55 AUC on news-comment
 * sarcasm, too weak to ship.)
 */
export function calmTweetExamples(dir = CORPORA): Example[] {
  return readTable(resolve(dir, 'train/isarcasmeval_en.tsv'), '\t')
    .rows.filter((r) => !on(r, 'sarcastic'))
    .map((r) => ({ text: r.text, labels: { heat: 0 }, source: 'isarcasmeval' }));
}

/** Politeness: the bottom quartile of Normalized Score is impolite (1), the top quartile polite (0). */
export function politenessExamples(dir = CORPORA): Example[] {
  const rows = readTable(resolve(dir, POLITENESS_FILE), ',').rows.filter((r) => r.Request && Number.isFinite(Number(r['Normalized Score'])));
  const scores = rows.map((r) => Number(r['Normalized Score'])).sort((a, b) => a - b);
  const q1 = scores[Math.floor(scores.length * 0.25)];
  const q3 = scores[Math.floor(scores.length * 0.75)];
  const out: Example[] = [];
  for (const r of rows) {
    const s = Number(r['Normalized Score']);
    const labels: Example['labels'] = s <= q1 ? { impolite: 1 } : s >= q3 ? { impolite: 0 } : {};
    out.push({ text: r.Request, labels, source: 'politeness', politeness: s });
  }
  return out;
}

/** Everything the shipped model learns from, in a fixed order. */
export function trainingExamples(dir = CORPORA): Example[] {
  requireCorpora(dir);
  return [...heatExamples(dir), ...goEmotionsExamples(dir), ...calmTweetExamples(dir), ...politenessExamples(dir)];
}
