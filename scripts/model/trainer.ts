/**
 * Deterministic training of the tone model: logistic regression per head, AdaGrad with L2, over a learned
 * vocabulary of words and word pairs (full 32-bit FNV-1a hashes, never folded, so no two features share a
 * weight). Two passes:
 * 1. every feature seen in at least `minDf` training texts is learned;
 * 2. each head keeps the `budget[head]` features that carry most of its decisions (|weight| x texts that
 *    have it) and is retrained on those alone. Every other feature weighs exactly zero for that head.
 * Same examples and options -> the same weights, bit for bit: the only randomness is a seeded PRNG that
 * shuffles the order of each epoch, and every tie is broken by the feature's hash.
 */
import { features, type Features } from '../../rules/model/features';
import { HEADS, type Head, type LinearWeights } from '../../rules/model/model';
import type { Example } from './data';

export interface TrainOptions {
  epochs: number;
  /** AdaGrad step. */
  rate: number;
  /** L2 penalty per update on the weights a text touches. */
  l2: number;
  seed: number;
  /** Per head, how much rarer positives count: weight = (negatives/positives)^balance, 0 = none, 1 = fully balanced. */
  balance: Record<Head, number>;
  heads: readonly Head[];
  /** One intercept per source corpus while training. */
  sourceBias: boolean;
  /** A feature must occur in at least this many training texts to be learned at all. */
  minDf: number;
  /** How many features each head keeps after the first pass. */
  budget: Record<Head, number>;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  epochs: 12,
  rate: 0.1,
  l2: 1e-5,
  seed: 11,
  balance: { heat: 1, impolite: 0.5, remorse: 0.5, caring: 0.5 },
  heads: HEADS,
  sourceBias: false,
  minDf: 3,
  budget: { heat: 6000, impolite: 1500, remorse: 800, caring: 800 },
};

/** mulberry32: a small seeded PRNG, good enough to shuffle. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(n: number, rand: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** A text encoded over a vocabulary: the indices of its known features (repeats allowed) and their value. */
export interface Encoded {
  idx: Int32Array;
  /** Each known feature's value: its share (./features.ts) times the text's value. */
  vals: Float64Array;
}

/** Trains one logistic regression over `size` features; returns its weights and bias. */
export function trainHead(xs: Encoded[], ys: number[], groups: Int32Array, size: number, o: TrainOptions, balance: number, seed: number): { w: Float64Array; bias: number } {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let nGroups = 0;
  for (const g of groups) nGroups = Math.max(nGroups, g + 1);
  const biases = new Float64Array(nGroups);
  const gb2 = new Float64Array(nGroups).fill(1e-8);
  let pos = 0;
  for (const y of ys) pos += y;
  const neg = ys.length - pos;
  const posWeight = pos > 0 && neg > 0 ? Math.pow(neg / pos, balance) : 1;
  const rand = prng(seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = shuffle(xs.length, rand);
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const { idx, vals } = xs[i];
      const y = ys[i];
      const grp = groups[i];
      let z = biases[grp];
      for (let j = 0; j < idx.length; j++) z += w[idx[j]] * vals[j];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y * posWeight + (1 - y));
      for (let j = 0; j < idx.length; j++) {
        const b = idx[j];
        const gj = g * vals[j] + o.l2 * w[b];
        g2[b] += gj * gj;
        w[b] -= (o.rate * gj) / Math.sqrt(g2[b]);
      }
      gb2[grp] += g * g;
      biases[grp] -= (o.rate * g) / Math.sqrt(gb2[grp]);
    }
  }
  // One intercept per source absorbs each corpus's base rate, so words need not learn which corpus they come
  // from; the shipped intercept is their mean.
  let bias = 0;
  for (const b of biases) bias += b / nGroups;
  return { w, bias };
}

interface HeadData {
  texts: number[];
  ys: number[];
  groups: Int32Array;
}

/** Encodes texts over sorted `keys`: only features in `allowed` (a Set of hashes), or all keys. */
function encodeAll(texts: Features[], keys: Uint32Array, allowed?: Set<number>): Encoded[] {
  const index = new Map<number, number>();
  keys.forEach((k, i) => index.set(k, i));
  return texts.map(({ hashes, shares, value }) => {
    const idx: number[] = [];
    const vals: number[] = [];
    hashes.forEach((h, i) => {
      const j = index.get(h);
      if (j !== undefined && (!allowed || allowed.has(h))) {
        idx.push(j);
        vals.push(shares[i] * value);
      }
    });
    return { idx: Int32Array.from(idx), vals: Float64Array.from(vals) };
  });
}

/** Trains every head on the examples that carry its label, in the examples' order. Float weights. */
export type TrainOverrides = Partial<Omit<TrainOptions, 'budget' | 'balance'>> & { budget?: Partial<Record<Head, number>>; balance?: Partial<Record<Head, number>> };

export function train(examples: Example[], options: TrainOverrides = {}): LinearWeights {
  const o = { ...DEFAULT_OPTIONS, ...options, budget: { ...DEFAULT_OPTIONS.budget, ...options.budget }, balance: { ...DEFAULT_OPTIONS.balance, ...options.balance } };
  // Distinct texts, in first-seen order, and their features.
  const textIndex = new Map<string, number>();
  const featured: Features[] = [];
  const perHead: HeadData[] = o.heads.map((head) => {
    const texts: number[] = [];
    const ys: number[] = [];
    const groups: number[] = [];
    const sources: string[] = [];
    for (const e of examples) {
      const y = e.labels[head];
      if (y === undefined) continue;
      let t = textIndex.get(e.text);
      if (t === undefined) {
        t = featured.push(features(e.text)) - 1;
        textIndex.set(e.text, t);
      }
      texts.push(t);
      ys.push(y);
      let g = sources.indexOf(e.source);
      if (g < 0) g = sources.push(e.source) - 1;
      groups.push(o.sourceBias ? g : 0);
    }
    return { texts, ys, groups: Int32Array.from(groups) };
  });

  // Document frequency over the distinct training texts.
  const df = new Map<number, number>();
  for (const { hashes } of featured) for (const h of new Set(hashes)) df.set(h, (df.get(h) ?? 0) + 1);
  const vocab = Uint32Array.from([...df].filter(([, n]) => n >= o.minDf).map(([h]) => h)).sort();

  // Pass 1: every head over the whole vocabulary; pick each head's features.
  const all = encodeAll(featured, vocab);
  const chosen: Set<number>[] = o.heads.map((head, h) => {
    const d = perHead[h];
    const { w } = trainHead(d.texts.map((t) => all[t]), d.ys, d.groups, vocab.length, o, o.balance[head], o.seed * 31 + h);
    const ranked = Array.from(vocab, (key, i) => ({ key, importance: Math.abs(w[i]) * df.get(key)! }))
      .filter((f) => f.importance > 0)
      .sort((a, b) => b.importance - a.importance || a.key - b.key);
    return new Set(ranked.slice(0, o.budget[head]).map((f) => f.key));
  });

  // Pass 2: each head retrained on its own features; the stored vocabulary is their union.
  const keys = Uint32Array.from(new Set(chosen.flatMap((c) => [...c]))).sort();
  const weights: Float64Array[] = [];
  const biases: number[] = [];
  o.heads.forEach((head, h) => {
    const d = perHead[h];
    const enc = encodeAll(featured, keys, chosen[h]);
    const { w, bias } = trainHead(d.texts.map((t) => enc[t]), d.ys, d.groups, keys.length, o, o.balance[head], o.seed * 31 + h + 1000);
    weights.push(w);
    biases.push(bias);
  });
  return { heads: o.heads, keys, weights, scales: o.heads.map(() => 1), biases };
}
