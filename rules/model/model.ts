/**
 * A linear tone model over a learned vocabulary: scoring and explanation, for float (training) or decoded
 * int8 weights. The vocabulary is a sorted list of the 32-bit FNV-1a hashes of the words and word pairs
 * that training selected (./features.ts); a feature of a text that is not in it weighs exactly zero.
 */
import { featureHashes, features, isWordTerm } from './features';

/**
 * The heads the model scores, in storage order. heat: hostile, insulting, contemptuous; impolite: the bottom
 * quartile of Wikipedia requests; remorse: apologising; caring: acknowledging and caring.
 */
export const HEADS = ['heat', 'impolite', 'remorse', 'caring'] as const;
export type Head = (typeof HEADS)[number];

/** Each head's probability-like score, 0..1. */
export type ToneScores = Record<Head, number>;

export interface LinearWeights {
  heads: readonly Head[];
  /** The vocabulary: feature hashes, strictly ascending. */
  keys: Uint32Array;
  /** One array per head, aligned with `keys`; the effective weight is weights[h][i] * scales[h]. */
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
  /**
   * Row of each vocabulary hash, open addressing over typed arrays: one probe or two per feature. (A Map
   * keyed by 32-bit hashes boxes most of them as heap numbers, and was a third of the model's cost.)
   */
  private readonly slots: Uint32Array;
  /** Row + 1 at each slot; 0 is empty. */
  private readonly slotRows: Int32Array;
  private readonly mask: number;
  constructor(readonly w: LinearWeights) {
    let size = 16;
    while (size < w.keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Uint32Array(size);
    this.slotRows = new Int32Array(size);
    w.keys.forEach((k, i) => {
      let s = k & this.mask;
      while (this.slotRows[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = k;
      this.slotRows[s] = i + 1;
    });
  }

  /** The row of a feature hash, or -1 when the vocabulary lacks it. */
  private row(h: number): number {
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const r = this.slotRows[s];
      if (r === 0) return -1;
      if (this.slots[s] === h) return r - 1;
    }
  }

  /** The raw logit of each head, in w.heads order. */
  logits(text: string): number[] {
    const { hashes, shares, value } = features(text);
    const n = this.w.heads.length;
    const sums = new Array<number>(n).fill(0);
    for (let i = 0; i < hashes.length; i++) {
      const j = this.row(hashes[i]);
      if (j < 0) continue;
      const share = shares[i];
      for (let h = 0; h < n; h++) sums[h] += this.w.weights[h][j] * share;
    }
    for (let h = 0; h < n; h++) sums[h] = this.w.biases[h] + sums[h] * value * this.w.scales[h];
    return sums;
  }

  score(text: string): ToneScores {
    const z = this.logits(text);
    const out = {} as ToneScores;
    this.w.heads.forEach((h, i) => (out[h] = sigmoid(z[i])));
    return out;
  }

  /**
   * The k distinct features of `text` with the largest positive weight for `head`, largest first. Only real
   * words and word pairs are named: markers such as "<caps>", "<num>", "!" and "?" still count in the score
   * but never appear in an explanation, so callers need not filter.
   */
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
      if (seen.has(term) || !isWordTerm(term)) return;
      seen.add(term);
      const j = this.row(x);
      if (j < 0) return;
      const weight = wh[j] * this.w.scales[h];
      if (weight > 0) out.push({ term, weight });
    });
    out.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return out.slice(0, k);
  }
}
