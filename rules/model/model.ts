/** A linear tone model over hashed features: scoring and explanation, for float (training) or decoded int8 weights. */
import { bucket, featureHashes, features } from './features';

/**
 * The heads the model scores, in storage order. heat: hostile, insulting, contemptuous; impolite: the bottom
 * quartile of Wikipedia requests; remorse: apologising; caring: acknowledging and caring.
 */
export const HEADS = ['heat', 'impolite', 'remorse', 'caring'] as const;
export type Head = (typeof HEADS)[number];

/** Each head's probability-like score, 0..1. */
export type ToneScores = Record<Head, number>;

export interface LinearWeights {
  bits: number;
  heads: readonly Head[];
  /** One array of 2^bits per head; the effective weight is weights[h][i] * scales[h]. */
  weights: ArrayLike<number>[];
  scales: number[];
  biases: number[];
}

/** One feature that pushes a head up: its text ("idiot", "you people") and its share of the logit. */
export interface Reason {
  term: string;
  weight: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class LinearModel {
  constructor(readonly w: LinearWeights) {}

  /** The raw logit of each head, in w.heads order. */
  logits(text: string): number[] {
    const { buckets, value } = features(text, this.w.bits);
    const out: number[] = [];
    for (let h = 0; h < this.w.heads.length; h++) {
      const wh = this.w.weights[h];
      let s = 0;
      for (let i = 0; i < buckets.length; i++) s += wh[buckets[i]];
      out.push(this.w.biases[h] + s * value * this.w.scales[h]);
    }
    return out;
  }

  score(text: string): ToneScores {
    const z = this.logits(text);
    const out = {} as ToneScores;
    this.w.heads.forEach((h, i) => (out[h] = sigmoid(z[i])));
    return out;
  }

  /** The k distinct features of `text` with the largest positive weight for `head`, largest first. */
  explain(text: string, head: Head, k: number): Reason[] {
    const h = this.w.heads.indexOf(head);
    if (h < 0 || !(k > 0)) return [];
    const terms: string[] = [];
    const hashes = featureHashes(text, terms);
    const wh = this.w.weights[h];
    const seen = new Set<string>();
    const out: Reason[] = [];
    hashes.forEach((x, i) => {
      const term = terms[i];
      if (seen.has(term) || term.startsWith('<s> ')) return;
      seen.add(term);
      const weight = wh[bucket(x, this.w.bits)] * this.w.scales[h];
      if (weight > 0) out.push({ term, weight });
    });
    out.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return out.slice(0, k);
  }
}
