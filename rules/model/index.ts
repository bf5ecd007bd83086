/**
 * The learned tone layer: per-sentence scores from a small linear model over a learned vocabulary of words
 * and word pairs (./features.ts, ./model.ts; a word outside it weighs nothing), with committed int8 weights (./weights.ts, made by `npm run train`; data
 * credited in ./NOTICE.md). Pure and synchronous. Missing or corrupt weights never throw: every call
 * then returns null or [], and modelStatus() says why, so the engine runs on its rules alone.
 */
import { FORMAT, VERSION, checksumOf, decodeKeys, fromBase64, type ToneAsset } from './format';
import { HEADS, LinearModel, type Head, type Reason, type ToneScores } from './model';

export { HEADS, type Head, type Reason, type ToneScores } from './model';
export type ModelStatus = 'ok' | 'missing' | 'corrupt';

/** Text past this many UTF-16 code units is not scored: a sentence is far shorter, and cost stays bounded. */
export const MAX_SENTENCE = 2000;

export interface ToneModel {
  status: ModelStatus;
  /** Each head's probability-like score (0..1) for one sentence; null when the weights are unusable. */
  scoreSentence(text: string): ToneScores | null;
  /** The k words or word pairs of `text` that push `head` up most, largest first; only real words, never markers such as "<caps>" or "!"; [] when unusable. */
  explain(text: string, head: Head, k?: number): Reason[];
}

const isNumberArray = (x: unknown, n: number): x is number[] => Array.isArray(x) && x.length === n && x.every((v) => typeof v === 'number' && Number.isFinite(v));

/** Validates an asset (shape, version, finite numbers, length, checksum) and decodes it. */
export function decodeAsset(asset: unknown): { status: ModelStatus; model?: LinearModel } {
  if (asset === undefined || asset === null) return { status: 'missing' };
  try {
    const a = asset as Partial<ToneAsset>;
    if (typeof a !== 'object' || a.format !== FORMAT || a.version !== VERSION) return { status: 'corrupt' };
    if (typeof a.count !== 'number' || !Number.isInteger(a.count) || a.count < 1 || a.count > 1 << 20) return { status: 'corrupt' };
    if (!Array.isArray(a.heads) || a.heads.length !== HEADS.length || a.heads.some((h, i) => h !== HEADS[i])) return { status: 'corrupt' };
    if (!isNumberArray(a.scales, HEADS.length) || !isNumberArray(a.biases, HEADS.length)) return { status: 'corrupt' };
    if (typeof a.keys !== 'string' || typeof a.weights !== 'string' || typeof a.checksum !== 'string') return { status: 'corrupt' };
    if (checksumOf(a as ToneAsset) !== a.checksum) return { status: 'corrupt' };
    const keyBytes = fromBase64(a.keys);
    const keys = keyBytes && decodeKeys(keyBytes, a.count);
    const bytes = fromBase64(a.weights);
    const size = a.count;
    if (!keys || !bytes || bytes.length !== size * HEADS.length) return { status: 'corrupt' };
    const all = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const weights = HEADS.map((_, h) => all.subarray(h * size, (h + 1) * size));
    return { status: 'ok', model: new LinearModel({ heads: HEADS, keys, weights, scales: a.scales, biases: a.biases }) };
  } catch {
    return { status: 'corrupt' };
  }
}

/** A tone model over the given asset (`undefined`: missing); decoded on first use. */
export function createToneModel(asset: unknown): ToneModel {
  let decoded: ReturnType<typeof decodeAsset> | undefined;
  const get = () => (decoded ??= decodeAsset(asset));
  const usable = (text: unknown): text is string => typeof text === 'string' && text.length <= MAX_SENTENCE && !!get().model;
  return {
    get status() {
      return get().status;
    },
    scoreSentence(text) {
      if (!usable(text)) return null;
      try {
        const s = get().model!.score(text);
        return HEADS.every((h) => Number.isFinite(s[h])) ? s : null;
      } catch {
        return null;
      }
    },
    explain(text, head, k = 3) {
      if (!usable(text) || !HEADS.includes(head)) return [];
      try {
        return get().model!.explain(text, head, Math.min(Math.max(0, Math.floor(k)), 20));
      } catch {
        return [];
      }
    },
  };
}

/**
 * No weights until someone hands them over: Node callers import ./bundled (weights compiled in); the
 * in-page coach loads them as their own chunk after its first analysis, so its first focus stays light.
 */
let current = createToneModel(undefined);
let generation = 0;

/** Swaps the weights the functions below use. `undefined` means missing. */
export function useToneWeights(asset: unknown): void {
  current = createToneModel(asset);
  generation++;
}

/** Changes whenever the weights do: cached per-sentence results carry it, so they never mix models. */
export const modelGeneration = (): number => generation;

/** Each head's score, 0..1, for one sentence; null when the weights are missing or corrupt. */
let last: { model: ToneModel; text: string; scores: ToneScores | null } | undefined;
export const scoreSentence = (text: string): ToneScores | null => {
  // The engine and its hostile-tone rule ask about the same sentence one after the other: score it once.
  if (last && last.model === current && last.text === text) return last.scores;
  last = { model: current, text, scores: current.scoreSentence(text) };
  return last.scores;
};
/** The k words or word pairs that weigh most for `head`, e.g. heat: [{ term: 'idiot' }, { term: 'you people' }]. */
export const explain = (text: string, head: Head, k = 3): Reason[] => current.explain(text, head, k);
export const modelStatus = (): ModelStatus => current.status;
