/**
 * Measurements of the tone model, for `npm run train` and (later) `npm run eval`. Measurement corpora are
 * read here, never in training: unhealthy-comments (CC BY-NC-SA, measurement only) and the agent replies.
 */
import { agentReplies, unhealthyComments } from '../../tests/corpus/corpora';
import { sentences } from '../../rules/text';
import { LinearModel, type Head, type LinearWeights } from '../../rules/model/model';
import { rocAuc } from './metrics';
import { politenessExamples, type Example } from './data';
import { prng, train, type TrainOverrides } from './trainer';

type Scorer = { score(text: string): Record<Head, number> };

export interface UnhealthyAucs {
  /** ROC AUC of the heat head per attribute. */
  heat: Record<string, number>;
  /** ROC AUC of the impolite head per attribute. */
  impoliteHead: Record<string, number>;
  /** Of max(heat, impolite) per attribute. */
  heatOrImpolite: Record<string, number>;
  n: number;
}

const ATTRS = ['hostile', 'antagonize', 'condescending', 'dismissive', 'sarcastic', 'generalisation'] as const;

/** Heat AUCs on unhealthy-comments.val.csv, each comment scored as one text. */
export function unhealthyAucs(model: Scorer): UnhealthyAucs {
  const rows = unhealthyComments();
  const scores = rows.map((r) => model.score(r.comment));
  const label = (a: string) => rows.map((r) => r.labels[a]);
  const per = (f: (s: Record<Head, number>) => number) => Object.fromEntries(ATTRS.map((a) => [a, rocAuc(scores.map(f), label(a))]));
  return {
    heat: per((s) => s.heat),
    impoliteHead: per((s) => s.impolite),
    heatOrImpolite: per((s) => Math.max(s.heat, s.impolite)),
    n: rows.length,
  };
}

export interface PolitenessKFold {
  /** AUC over all held-out predictions pooled. */
  pooled: number;
  /** Mean and min of the per-fold AUCs. */
  mean: number;
  min: number;
  folds: number;
  n: number;
}

/**
 * The impolite head's AUC, bottom vs top quartile of Normalized Score, k-fold: each fold is scored by a model
 * trained without it. Folds are a seeded shuffle of the corpus, so the figure is reproducible.
 */
export function politenessKFold(
  options: TrainOverrides = {},
  folds = 10,
  examples: Example[] = politenessExamples(),
  asShipped: (w: LinearWeights) => LinearModel = (w) => new LinearModel(w),
): PolitenessKFold {
  const rand = prng(2013);
  const fold = examples.map(() => Math.floor(rand() * folds));
  const scores: number[] = [];
  const labels: number[] = [];
  const perFold: number[] = [];
  for (let f = 0; f < folds; f++) {
    const trainSet = examples.filter((_, i) => fold[i] !== f);
    const test = examples.filter((e, i) => fold[i] === f && e.labels.impolite !== undefined);
    const model = asShipped(train(trainSet, { ...options, heads: ['impolite'] }));
    const s = test.map((e) => model.logits(e.text)[0]);
    const y = test.map((e) => e.labels.impolite!);
    perFold.push(rocAuc(s, y));
    scores.push(...s);
    labels.push(...y);
  }
  return { pooled: rocAuc(scores, labels), mean: perFold.reduce((a, b) => a + b, 0) / folds, min: Math.min(...perFold), folds, n: labels.length };
}

export interface AgentReplyHeat {
  replies: number;
  sentences: number;
  /** Percentiles of the per-sentence heat score. */
  sentencePercentiles: Record<string, number>;
  /** A sentence threshold above which at most this share of replies has any sentence. */
  thresholds: { share: number; threshold: number; flagged: number }[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];

/** Per-sentence heat on real agent replies (twitter-customer-care.dev.json), and where to set a threshold. */
export function agentReplyHeat(model: Scorer, head: Head = 'heat', shares = [0.01, 0.005]): AgentReplyHeat {
  const replies = agentReplies();
  const all: number[] = [];
  const maxima: number[] = [];
  for (const r of replies) {
    let max = 0;
    for (const s of sentences(r, [{ start: 0, end: r.length }])) {
      const v = model.score(s.text)[head];
      all.push(v);
      if (v > max) max = v;
    }
    maxima.push(max);
  }
  all.sort((a, b) => a - b);
  const desc = [...maxima].sort((a, b) => b - a);
  const thresholds = shares.map((share) => {
    // The smallest threshold t (a reply is flagged when a sentence scores > t) that flags at most share of replies.
    const allowed = Math.floor(share * replies.length);
    const threshold = desc[allowed] ?? 0;
    return { share, threshold, flagged: maxima.filter((m) => m > threshold).length / replies.length };
  });
  const sentencePercentiles = Object.fromEntries([0.5, 0.9, 0.95, 0.99, 0.995, 1].map((p) => [`p${p * 100}`, percentile(all, p)]));
  return { replies: replies.length, sentences: all.length, sentencePercentiles, thresholds };
}

/** Fresh sentences written for this check (not from any corpus), with what each head should say. */
export const SANITY: { text: string; high: Head[]; low: Head[] }[] = [
  { text: "I'm so sorry the parcel was late.", high: ['remorse'], low: ['heat'] },
  { text: 'Apologies, that mix-up with your invoice was our mistake.', high: ['remorse'], low: ['heat'] },
  { text: 'That sounds really frustrating.', high: ['caring'], low: ['heat'] },
  { text: 'I hope you feel better soon, and please take care of yourself.', high: ['caring'], low: ['heat'] },
  { text: 'Your order shipped on Monday.', high: [], low: ['remorse', 'caring', 'heat'] },
  { text: 'You are a pathetic idiot and nobody wants your whining.', high: ['heat'], low: ['remorse', 'caring'] },
  { text: 'Get lost, you clueless clown.', high: ['heat'], low: ['remorse', 'caring'] },
];

export function sanity(model: Scorer): { text: string; scores: Record<Head, number>; ok: boolean }[] {
  return SANITY.map(({ text, high, low }) => {
    const scores = model.score(text);
    const ok = high.every((h) => scores[h] >= 0.5) && low.every((h) => scores[h] < 0.5);
    return { text, scores, ok };
  });
}
