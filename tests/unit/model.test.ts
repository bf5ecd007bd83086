import { describe, expect, it } from 'vitest';
import { bucket, featureHashes, features, fnv1a, tokenize } from '../../rules/model/features';
import { createToneModel, decodeAsset, explain, modelStatus, scoreSentence, useToneWeights } from '../../rules/model';
import { checksumOf, fromBase64, toBase64 } from '../../rules/model/format';
import committed from '../../rules/model/weights';
import { train } from '../../scripts/model/trainer';
import { quantise } from '../../scripts/model/encode';
import type { Example } from '../../scripts/model/data';

const asset = committed as Record<string, unknown>;

describe('tone model features', () => {
  it('hashes with FNV-1a 32-bit (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes a word pair as the text "a b"', () => {
    const terms: string[] = [];
    const hs = featureHashes('Refund sent', terms);
    expect(terms).toEqual(['refund', '<s> refund', 'sent', 'refund sent']);
    expect(hs[3]).toBe(fnv1a('refund sent'));
  });

  it('keeps signal tokens: ! and ?, capitals, you', () => {
    const t = tokenize('Did u READ it?? Wow!!! See https://x.example/a or mail a@b.co');
    expect(t.tokens).toEqual(['did', 'you', 'read', 'it', '?', 'wow', '!!', 'see', '<url>', 'or', 'mail', '<email>']);
    expect(t.caps).toBe(1);
    expect(featureHashes('I said NO WAY')).toContain(fnv1a('<caps>'));
  });

  it('is deterministic and stays inside the buckets', () => {
    const a = features('The courier left your parcel at the depot on Friday.', 13);
    const b = features('The courier left your parcel at the depot on Friday.', 13);
    expect([...a.buckets]).toEqual([...b.buckets]);
    expect(a.value).toBeCloseTo(1 / Math.sqrt(a.buckets.length));
    for (const x of a.buckets) expect(x >= 0 && x < 8192).toBe(true);
    expect(bucket(0xffffffff, 13)).toBeLessThan(8192);
  });

  it('round-trips base64 and refuses bad base64', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253]);
    expect([...fromBase64(toBase64(bytes))!]).toEqual([...bytes]);
    expect(fromBase64('ab$=')).toBeNull();
    expect(fromBase64('abc')).toBeNull();
  });
});

describe('tone model inference (committed weights)', () => {
  it('loads the committed weights', () => {
    expect(modelStatus()).toBe('ok');
    expect(JSON.stringify(committed).length).toBeLessThan(400 * 1024);
  });

  it('ranks obviously hostile sentences above neutral ones', () => {
    const hostile = ['You are a worthless moron and I am sick of your whining.', 'Shut up, you clueless clown.', 'What a pathetic, stupid excuse for a person.'];
    const neutral = ['Your order shipped on Monday.', 'The replacement part arrives on Thursday morning.', 'I have updated the delivery address on your account.'];
    const low = Math.min(...hostile.map((t) => scoreSentence(t)!.heat));
    const high = Math.max(...neutral.map((t) => scoreSentence(t)!.heat));
    expect(low).toBeGreaterThan(high);
  });

  it('hears an apology and care where they are, not in a plain update', () => {
    const plain = scoreSentence('Your order shipped on Monday.')!;
    expect(scoreSentence("I'm so sorry the parcel was late.")!.remorse).toBeGreaterThan(plain.remorse + 0.3);
    expect(scoreSentence('I hope you feel better soon, take care.')!.caring).toBeGreaterThan(plain.caring + 0.3);
  });

  it('scores are probability-like', () => {
    const s = scoreSentence('Thanks for waiting, the refund is on its way.')!;
    for (const v of Object.values(s)) expect(v > 0 && v < 1).toBe(true);
  });

  it('explains with words and word pairs that are in the sentence', () => {
    const text = 'You are a pathetic idiot, you people never listen.';
    const reasons = explain(text, 'heat', 3);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(3);
    const words = tokenize(text).tokens.join(' ');
    for (const r of reasons) {
      expect(words).toContain(r.term);
      expect(r.weight).toBeGreaterThan(0);
    }
    expect(reasons.map((r) => r.term).some((t) => t.includes('idiot') || t.includes('pathetic'))).toBe(true);
    expect(explain(text, 'heat', 0)).toEqual([]);
    expect(explain(text, 'nope' as never, 3)).toEqual([]);
  });

  it('bad input gives null, never an exception', () => {
    expect(scoreSentence(undefined as never)).toBeNull();
    expect(scoreSentence('x'.repeat(100_000))).toBeNull();
    expect(scoreSentence('')).not.toBeNull();
    expect(scoreSentence('\u0000\uD800 ☃ 😀 !!!')).not.toBeNull();
  });
});

describe('tone model with missing or corrupt weights', () => {
  const tampered = (change: (a: Record<string, unknown>) => void, resign = false) => {
    const a = structuredClone(asset);
    change(a);
    if (resign) a.checksum = checksumOf(a as never);
    return a;
  };
  const flip = (s: string) => (s[10] === 'A' ? 'B' : 'A');
  const cases: [string, unknown, 'missing' | 'corrupt'][] = [
    ['missing', undefined, 'missing'],
    ['null', null, 'missing'],
    ['not an object', 'weights', 'corrupt'],
    ['bad checksum', tampered((a) => (a.weights = String(a.weights).slice(0, 10) + flip(String(a.weights)) + String(a.weights).slice(11))), 'corrupt'],
    ['wrong length', tampered((a) => (a.weights = String(a.weights).slice(0, -8)), true), 'corrupt'],
    ['NaN scale', tampered((a) => ((a.scales as number[])[0] = NaN), true), 'corrupt'],
    ['Infinity bias', tampered((a) => ((a.biases as number[])[1] = Infinity), true), 'corrupt'],
    ['wrong version', tampered((a) => (a.version = 99), true), 'corrupt'],
    ['wrong heads', tampered((a) => (a.heads = ['heat']), true), 'corrupt'],
    ['wrong bits', tampered((a) => (a.bits = 14), true), 'corrupt'],
    ['bad base64', tampered((a) => (a.weights = '*' + String(a.weights).slice(1)), true), 'corrupt'],
  ];
  it.each(cases)('%s', (_, weights, status) => {
    expect(decodeAsset(weights).status).toBe(status);
    const m = createToneModel(weights);
    expect(m.status).toBe(status);
    expect(m.scoreSentence('You are an idiot.')).toBeNull();
    expect(m.explain('You are an idiot.', 'heat', 3)).toEqual([]);
  });

  it('the module-level functions fall back too, and recover', () => {
    try {
      useToneWeights(tampered((a) => (a.checksum = '00000000')));
      expect(modelStatus()).toBe('corrupt');
      expect(scoreSentence('You are an idiot.')).toBeNull();
      expect(explain('You are an idiot.', 'heat')).toEqual([]);
      useToneWeights(undefined);
      expect(modelStatus()).toBe('missing');
      expect(scoreSentence('You are an idiot.')).toBeNull();
    } finally {
      useToneWeights(committed);
    }
    expect(modelStatus()).toBe('ok');
  });
});

describe('tone model training', () => {
  // A made-up toy set: a few rude and kind lines, enough to learn from and to show determinism.
  const rude = ['you fools broke it', 'what a stupid mess you made', 'you are useless', 'stupid fools', 'shut up you fool'];
  const kind = ['thanks for your patience', 'happy to help you today', 'thanks so much', 'we fixed it for you', 'glad to help'];
  const toy: Example[] = [
    ...rude.map((text) => ({ text, labels: { heat: 1, impolite: 1, remorse: 0, caring: 0 }, source: 'toy-a' })),
    ...kind.map((text) => ({ text, labels: { heat: 0, impolite: 0, remorse: 0, caring: 1 }, source: 'toy-b' })),
  ];

  it('gives identical weights when trained twice on the same data', () => {
    const a = quantise(train(toy, { bits: 8, epochs: 5 }));
    const b = quantise(train(toy, { bits: 8, epochs: 5 }));
    expect(a.checksum).toBe(b.checksum);
    expect(a).toEqual(b);
  });

  it('learns the toy set, and a different seed or data changes the weights', () => {
    const w = train(toy, { bits: 8, epochs: 20 });
    const m = createToneModel(quantise(w));
    expect(m.status).toBe('ok');
    expect(m.scoreSentence('stupid fools')!.heat).toBeGreaterThan(m.scoreSentence('thanks for your patience')!.heat);
    expect(quantise(train(toy, { bits: 8, epochs: 5, seed: 12 })).weights).not.toBe(quantise(train(toy, { bits: 8, epochs: 5 })).weights);
    expect(quantise(train(toy.slice(1), { bits: 8, epochs: 5 })).weights).not.toBe(quantise(train(toy, { bits: 8, epochs: 5 })).weights);
  });
});
