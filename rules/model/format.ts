/**
 * The committed weights' format, version 2: a vocabulary model.
 * - `count` features; `keys` is base64 of their 32-bit FNV-1a hashes (./features.ts), strictly ascending,
 *   each stored as the unsigned LEB128 varint of its gap from the previous key (the first from 0).
 * - `weights` is base64 of int8 weights, head after head, `count` each, in `heads` order and aligned with
 *   the keys; a weight is its int8 times the head's `scale`.
 * - `checksum` is FNV-1a 32-bit (hex) of the header's JSON followed by the keys' and the weights' base64
 *   text, so a truncated or edited asset is refused.
 */
import { fnv1a } from './features';

export const FORMAT = 'reply-coach-tone';
export const VERSION = 2;

export interface ToneAsset {
  format: string;
  version: number;
  count: number;
  heads: string[];
  scales: number[];
  biases: number[];
  checksum: string;
  keys: string;
  weights: string;
}

export function checksumOf(a: Omit<ToneAsset, 'checksum'>): string {
  const header = JSON.stringify([a.format, a.version, a.count, a.heads, a.scales, a.biases]);
  return fnv1a(a.weights, fnv1a(a.keys, fnv1a(header))).toString(16).padStart(8, '0');
}

/** Sorted, distinct uint32 keys as LEB128 varints of their gaps. */
export function encodeKeys(keys: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < keys.length; i++) {
    let gap = keys[i] - prev;
    prev = keys[i];
    while (gap >= 128) {
      out.push((gap % 128) | 128);
      gap = Math.floor(gap / 128);
    }
    out.push(gap);
  }
  return Uint8Array.from(out);
}

/** The inverse of encodeKeys; null unless it yields exactly `count` strictly ascending uint32 keys. */
export function decodeKeys(bytes: Uint8Array, count: number): Uint32Array | null {
  const keys = new Uint32Array(count);
  let prev = 0;
  let i = 0;
  for (let k = 0; k < count; k++) {
    let gap = 0;
    let mul = 1;
    for (;;) {
      if (i >= bytes.length || mul > 2 ** 28) return null;
      const b = bytes[i++];
      gap += (b & 127) * mul;
      mul *= 128;
      if (b < 128) break;
    }
    const key = prev + gap;
    if ((k > 0 && gap === 0) || key > 0xffffffff) return null;
    keys[k] = prev = key;
  }
  return i === bytes.length ? keys : null;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) LOOKUP[B64.charCodeAt(i)] = i;

/** Strict base64 decoding; null on any character outside the alphabet or a bad length. */
export function fromBase64(s: string): Uint8Array | null {
  if (s.length % 4) return null;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = s.charCodeAt(i + j);
      const last = i + 4 === s.length;
      if (c === 61 /* = */ && last && j >= 4 - pad) {
        n <<= 6;
        continue;
      }
      const v = c < 128 ? LOOKUP[c] : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
