/**
 * The committed weights' format, version 1: `weights` is base64 of int8 weights, head after head, 2^bits
 * each, in `heads` order; a weight is its int8 times the head's `scale`. `checksum` is FNV-1a 32-bit (hex)
 * of the header's JSON followed by the base64 text, so a truncated or edited asset is refused.
 */
import { fnv1a } from './features';

export const FORMAT = 'reply-coach-tone';
export const VERSION = 1;

export interface ToneAsset {
  format: string;
  version: number;
  bits: number;
  heads: string[];
  scales: number[];
  biases: number[];
  checksum: string;
  weights: string;
}

export function checksumOf(a: Omit<ToneAsset, 'checksum'>): string {
  const header = JSON.stringify([a.format, a.version, a.bits, a.heads, a.scales, a.biases]);
  return fnv1a(a.weights, fnv1a(header)).toString(16).padStart(8, '0');
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
