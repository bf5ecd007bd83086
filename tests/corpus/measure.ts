/** Measures the engine against our labels and the shared corpora. Used by `npm run eval` and the corpus tests. */
import { analyze, type Analysis, type Category } from '../../rules';
import { LABELLED_FLAGS, CHECK_NAMES, LABELLED_SITUATIONS, type LabelledReply, type LabelledTurn, type Flag, type CheckName, type LabelledSituation } from './labels';
import { detectSituations } from '../../rules';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn };
};

/** The flags the engine raises for a reply, read the way a labeller reads it: any finding of the category. */
export function engineFlags(a: Analysis): Set<Category> {
  return new Set(a.findings.map((f) => f.category));
}

export interface ReplyResults {
  categories: Record<Flag, Score>;
  /** Macro-F1 over the categories with at least 10 labelled cases. */
  macroF1: number;
  macroOver: Flag[];
  checks: Record<CheckName, number>;
}

export function measureReplies(replies: LabelledReply[]): ReplyResults {
  const counts = Object.fromEntries(LABELLED_FLAGS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Flag, { tp: number; fp: number; fn: number }>;
  const right = Object.fromEntries(CHECK_NAMES.map((c) => [c, 0])) as Record<CheckName, number>;
  for (const r of replies) {
    const a = analyze(r.reply, { incoming: r.incoming });
    const got = engineFlags(a);
    for (const f of LABELLED_FLAGS) {
      const want = r.flags.includes(f);
      const has = got.has(f);
      if (want && has) counts[f].tp++;
      else if (has) counts[f].fp++;
      else if (want) counts[f].fn++;
    }
    for (const c of CHECK_NAMES) if (a.checks[c].present === r.checks[c]) right[c]++;
  }
  const categories = Object.fromEntries(LABELLED_FLAGS.map((f) => [f, score(counts[f].tp, counts[f].fp, counts[f].fn)])) as Record<Flag, Score>;
  const macroOver = LABELLED_FLAGS.filter((f) => categories[f].support >= 10);
  const macroF1 = macroOver.reduce((s, f) => s + categories[f].f1, 0) / Math.max(1, macroOver.length);
  const checks = Object.fromEntries(CHECK_NAMES.map((c) => [c, right[c] / Math.max(1, replies.length)])) as Record<CheckName, number>;
  return { categories, macroF1, macroOver, checks };
}

export function measureSituations(turns: LabelledTurn[]): Record<LabelledSituation, { accuracy: number; support: number; fp: number; fn: number }> {
  const out = {} as Record<LabelledSituation, { accuracy: number; support: number; fp: number; fn: number }>;
  const read = turns.map((t) => new Set<string>(detectSituations(t.message)));
  for (const s of LABELLED_SITUATIONS) {
    let right = 0;
    let fp = 0;
    let fn = 0;
    turns.forEach((t, i) => {
      const want = t.situations.includes(s);
      const has = read[i].has(s);
      if (want === has) right++;
      else if (has) fp++;
      else fn++;
    });
    out[s] = { accuracy: right / Math.max(1, turns.length), support: turns.filter((t) => t.situations.includes(s)).length, fp, fn };
  }
  return out;
}

/** ROC AUC by the rank-sum (Mann-Whitney) formula, ties counted half. */
export function rocAuc(scores: number[], positive: boolean[]): number {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    for (let k = i; k <= j; k++) ranks[idx[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const pos = positive.filter(Boolean).length;
  const neg = positive.length - pos;
  if (!pos || !neg) return NaN;
  const sum = ranks.reduce((s, r, i) => (positive[i] ? s + r : s), 0);
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}
