/**
 * Deterministic training of the tone model: logistic regression per head, AdaGrad with L2, over the shared
 * hashed features. Same examples and options -> the same weights, bit for bit: the only randomness is a
 * seeded PRNG that shuffles the order of each epoch.
 */
import { features, type Features } from '../../rules/model/features';
import { HEADS, type Head, type LinearWeights } from '../../rules/model/model';
import type { Example } from './data';

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** AdaGrad step. */
  rate: number;
  /** L2 penalty per update on the weights a text touches. */
  l2: number;
  seed: number;
  /** How much rarer positives count: weight = (negatives/positives)^balance, 0 = none, 1 = fully balanced. */
  balance: number;
  heads: readonly Head[];
  /** One intercept per source corpus while training. */
  sourceBias: boolean;
}

export const DEFAULT_OPTIONS: TrainOptions = { bits: 13, epochs: 6, rate: 0.1, l2: 1e-5, seed: 11, balance: 0.5, heads: HEADS, sourceBias: false };

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

/** Trains one logistic regression; returns its weights and bias. */
export function trainHead(xs: Features[], ys: number[], groups: Int32Array, o: TrainOptions, seed: number): { w: Float64Array; bias: number } {
  const size = 1 << o.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let nGroups = 0;
  for (const g of groups) nGroups = Math.max(nGroups, g + 1);
  const biases = new Float64Array(nGroups);
  const gb2 = new Float64Array(nGroups).fill(1e-8);
  let pos = 0;
  for (const y of ys) pos += y;
  const neg = ys.length - pos;
  const posWeight = pos > 0 && neg > 0 ? Math.pow(neg / pos, o.balance) : 1;
  const rand = prng(seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = shuffle(xs.length, rand);
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const { buckets, value } = xs[i];
      const y = ys[i];
      const grp = groups[i];
      let z = biases[grp];
      for (let j = 0; j < buckets.length; j++) z += w[buckets[j]] * value;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y * posWeight + (1 - y));
      for (let j = 0; j < buckets.length; j++) {
        const b = buckets[j];
        const gj = g * value + o.l2 * w[b];
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

/** Trains every head on the examples that carry its label, in the examples' order. Float weights. */
export function train(examples: Example[], options: Partial<TrainOptions> = {}): LinearWeights {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const cache = new Map<string, Features>();
  const feats = (t: string) => {
    let f = cache.get(t);
    if (!f) cache.set(t, (f = features(t, o.bits)));
    return f;
  };
  const weights: Float64Array[] = [];
  const biases: number[] = [];
  o.heads.forEach((head, h) => {
    const xs: Features[] = [];
    const ys: number[] = [];
    const groups: number[] = [];
    const sources: string[] = [];
    for (const e of examples) {
      const y = e.labels[head];
      if (y === undefined) continue;
      xs.push(feats(e.text));
      ys.push(y);
      let g = sources.indexOf(e.source);
      if (g < 0) g = sources.push(e.source) - 1;
      groups.push(o.sourceBias ? g : 0);
    }
    const { w, bias } = trainHead(xs, ys, Int32Array.from(groups), o, o.seed * 31 + h);
    weights.push(w);
    biases.push(bias);
  });
  return { bits: o.bits, heads: o.heads, weights, scales: o.heads.map(() => 1), biases };
}
