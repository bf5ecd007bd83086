import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { featureHashes, features, fnv1a, isWordTerm, tokenize } from '../../rules/model/features';
import { createToneModel, decodeAsset, explain, modelStatus, scoreSentence, useToneWeights } from '../../rules/model';
import { checksumOf, decodeKeys, encodeKeys, fromBase64, toBase64 } from '../../rules/model/format';
import committed from '../../rules/model/weights';
import { train } from '../../scripts/model/trainer';
import { assetModule, quantise } from '../../scripts/model/encode';
import { goEmotionsExamples, type Example } from '../../scripts/model/data';

const asset = committed as Record<string, unknown>;

describe('tone model features', () => {
  it('hashes with FNV-1a 32-bit (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes a word pair as the text "a b"', () => {
    const terms: string[] = [];
    const hs = featureHashes('Sent it', terms);
    expect(terms).toEqual(['sent', '<s> sent', 'it', 'sent it']);
    expect(hs[3]).toBe(fnv1a('sent it'));
  });

  it('splits a word of five letters or more into letter 4-grams that share one feature', () => {
    const terms: string[] = [];
    const shares: number[] = [];
    const hs = featureHashes('Ship parcel', terms, shares);
    expect(terms).toEqual(['ship', '<s> ship', 'parcel', 'ship parcel', '#^par', '#parc', '#arce', '#rcel', '#cel$']);
    expect(hs).toEqual(terms.map((t) => fnv1a(t)));
    expect(shares).toEqual([1, 1, 1, 1, 0.2, 0.2, 0.2, 0.2, 0.2]);
    // Four whole features plus one word's grams: five in all.
    expect(features('Ship parcel').value).toBeCloseTo(1 / Math.sqrt(5));
  });

  it('lets a spelling it never saw share the weight of the words it did', () => {
    const a = new Set(featureHashes('clownish'));
    const shared = featureHashes('clowns').filter((h) => a.has(h));
    expect(shared).toContain(fnv1a('#^clo'));
    expect(shared).toContain(fnv1a('#clow'));
  });

  it('keeps signal tokens: ! and ?, capitals, you', () => {
    const t = tokenize('Did u READ it?? Wow!!! See https://x.example/a or mail a@b.co');
    expect(t.tokens).toEqual(['did', 'you', 'read', 'it', '?', 'wow', '!!', 'see', '<url>', 'or', 'mail', '<email>']);
    expect(t.caps).toBe(1);
    expect(featureHashes('I said NO WAY')).toContain(fnv1a('<caps>'));
  });

  it("reads words that name Object's own properties as words", () => {
    // Looked up in an object literal, "constructor" became Object itself and the sentence went unscored.
    expect(tokenize('The Constructor fixed toString and valueOf, URL').tokens).toEqual(['the', 'constructor', 'fixed', 'tostring', 'and', 'valueof', '<url>']);
    expect(scoreSentence('Our constructor is a useless idiot.')).not.toBeNull();
  });

  it('is deterministic, with full 32-bit hashes', () => {
    const a = features('The courier left your parcel at the depot on Friday.');
    const b = features('The courier left your parcel at the depot on Friday.');
    expect(a.hashes).toEqual(b.hashes);
    expect(a.value).toBeCloseTo(1 / Math.sqrt(a.shares.reduce((x, y) => x + y, 0)));
    for (const x of a.hashes) expect(Number.isInteger(x) && x >= 0 && x <= 0xffffffff).toBe(true);
  });

  it('tells words from markers', () => {
    expect(isWordTerm('idiot')).toBe(true);
    expect(isWordTerm("you people")).toBe(true);
    expect(isWordTerm("don't")).toBe(true);
    for (const t of ['<caps>', '!', '!!', '?', '<num>', 'you ?', '<s> you', 'idiot !']) expect(isWordTerm(t)).toBe(false);
  });

  it('round-trips the vocabulary keys and refuses bad ones', () => {
    const keys = Uint32Array.from([0, 1, 127, 128, 300, 65_535, 2 ** 31, 0xffffffff]);
    expect([...decodeKeys(encodeKeys(keys), keys.length)!]).toEqual([...keys]);
    expect(decodeKeys(encodeKeys(keys), keys.length + 1)).toBeNull();
    expect(decodeKeys(encodeKeys(keys), keys.length - 1)).toBeNull();
    expect(decodeKeys(Uint8Array.from([5, 0]), 2)).toBeNull(); // a repeated key
    expect(decodeKeys(Uint8Array.from([255, 255, 255, 255, 255, 1]), 1)).toBeNull(); // past 32 bits
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
    // The coach chunk loads this lazily and must stay under 600 KB; the asset's budget is 80 KB.
    expect(readFileSync(resolve(__dirname, '../../rules/model/weights.ts')).length).toBeLessThanOrEqual(80 * 1024);
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
      expect(isWordTerm(r.term)).toBe(true);
    }
    expect(reasons.map((r) => r.term).some((t) => t.includes('idiot') || t.includes('pathetic'))).toBe(true);
    expect(explain(text, 'heat', 0)).toEqual([]);
    expect(explain(text, 'nope' as never, 3)).toEqual([]);
  });

  it('names only real words, never markers such as <caps>, ! or ?', () => {
    for (const text of ['WHY would you DO this?!', 'You IDIOT!!! Are you BLIND???', 'Read it again, 100 times!!']) {
      for (const r of explain(text, 'heat', 20)) expect(isWordTerm(r.term), r.term).toBe(true);
    }
  });

  it('gives a word it never learned no weight at all', () => {
    // Words too short for letter grams, and none in the vocabulary: each head sits at its bias.
    const a = scoreSentence('Zorb quix vemp.')!;
    const b = scoreSentence('Flim wrax snod plor.')!;
    expect(a).toEqual(b);
    expect(explain('Zorblax quindle vemptor.', 'heat', 5)).toEqual([]);
    // An unknown word beside a known one adds nothing but length.
    expect(explain('Zorblax, you idiot.', 'heat', 5).map((r) => r.term)).not.toContain('zorblax');
  });

  it('bad input gives null, never an exception', () => {
    expect(scoreSentence(undefined as never)).toBeNull();
    expect(scoreSentence('x'.repeat(100_000))).toBeNull();
    expect(scoreSentence('')).not.toBeNull();
    expect(scoreSentence('\u0000\uD800 ☃ 😀 !!!')).not.toBeNull();
  });
});

/** The engine's "reads as hostile" threshold (rules/hostile-tone.ts). */
const HOSTILE = 0.62;

describe('tone model guard: benign support replies stay cool, plain hostility is heard (committed weights)', () => {
  // Written fresh for this guard: order updates, refunds, apologies, instructions, thanks, questions, app and hotel replies.
  const benign = readFileSync(resolve(__dirname, '../fixtures/benign-support.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  // Written fresh for this guard: plainly hostile lines a reply must never contain.
  const hostile = [
    'You are a useless idiot and you should be fired.',
    'Shut up and stop wasting my time, you moron.',
    'What a pathetic excuse for a company, run by clowns.',
    'Nobody cares about your stupid complaints.',
    'You people are brain-dead morons.',
    'Get lost, you whining loser.',
    'Only an idiot would buy this and then cry about it.',
    'Learn to read, you illiterate fool.',
    'Go to hell with your ridiculous demands.',
    'Your review is garbage, just like you.',
    "You're too stupid to use a phone, clearly.",
    'Keep your filthy mouth shut.',
    "What kind of moron can't follow two simple steps?",
    'You disgusting liar, nobody believes a word you say.',
    'Honestly, you are the dumbest customer we have ever had.',
    'Take your pathetic whining somewhere else.',
    'Idiots like you are why we hate this job.',
    "I don't give a damn about your stupid parcel.",
    'Grow up and stop acting like a spoiled brat.',
  ];
  // Hostile without an insult word: the model hears it (above every benign line) but not yet past 0.62.
  const knownMisses = ['Stop crying like a baby and deal with it yourself.'];

  it('has about 80 benign sentences', () => expect(benign.length).toBeGreaterThanOrEqual(80));

  it.each(benign)('benign: %s', (text) => {
    expect(scoreSentence(text)!.heat).toBeLessThan(HOSTILE);
  });

  it('the sentence that first showed the collisions is calm', () => {
    expect(scoreSentence("I've sent a replacement and will update you by Friday.")!.heat).toBeLessThan(0.3);
    expect(explain("I've sent a replacement and will update you by Friday.", 'heat', 3).map((r) => r.term)).not.toContain('sent');
  });

  it.each(hostile)('hostile: %s', (text) => {
    expect(scoreSentence(text)!.heat).toBeGreaterThanOrEqual(HOSTILE);
  });

  it.each(knownMisses)('known miss, still hotter than any benign line: %s', (text) => {
    const coolest = Math.max(...benign.map((t) => scoreSentence(t)!.heat));
    expect(scoreSentence(text)!.heat).toBeGreaterThan(coolest);
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
    ['an old version 1 asset', { format: 'reply-coach-tone', version: 1, bits: 13, heads: ['heat', 'impolite', 'remorse', 'caring'], scales: [1, 1, 1, 1], biases: [0, 0, 0, 0], checksum: '0', weights: 'AAAA' }, 'corrupt'],
    ['NaN scale', tampered((a) => ((a.scales as number[])[0] = NaN), true), 'corrupt'],
    ['Infinity bias', tampered((a) => ((a.biases as number[])[1] = Infinity), true), 'corrupt'],
    ['wrong version', tampered((a) => (a.version = 99), true), 'corrupt'],
    ['wrong heads', tampered((a) => (a.heads = ['heat']), true), 'corrupt'],
    ['wrong count', tampered((a) => (a.count = Number(a.count) + 1), true), 'corrupt'],
    ['fractional count', tampered((a) => (a.count = 1.5), true), 'corrupt'],
    ['keys cut short', tampered((a) => (a.keys = String(a.keys).slice(0, -8)), true), 'corrupt'],
    ['keys not ascending', tampered((a) => (a.keys = toBase64(Uint8Array.from([9, 0, ...fromBase64(String(a.keys))!.slice(2)]))), true), 'corrupt'],
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
  it('teaches anger, disgust and annoyance as heat, and leaves disagreement alone out of heat', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goemotions-'));
    mkdirSync(join(dir, 'train'));
    const head = 'text\tsplit\tlabels\tanger\tannoyance\tdisapproval\tdisgust\tcaring\tremorse';
    const rows = [
      'I think that plan misses the point\ttrain\tdisapproval\t0\t0\t1\t0\t0\t0',
      'This queue is driving me up the wall\ttrain\tannoyance\t0\t1\t0\t0\t0\t0',
      'The parcel came on time\ttrain\tneutral\t0\t0\t0\t0\t0\t0',
      'Get out of my sight\ttrain\tanger,disapproval\t1\t0\t1\t0\t0\t0',
    ];
    writeFileSync(join(dir, 'train', 'goemotions.tsv'), [head, ...rows].join('\n') + '\n');
    expect(goEmotionsExamples(dir).map((e) => e.labels.heat)).toEqual([undefined, 1, 0, 1]);
  });

  // A made-up toy set: a few rude and kind lines, enough to learn from and to show determinism.
  const rude = ['you fools broke it', 'what a stupid mess you made', 'you are useless', 'stupid fools', 'shut up you fool'];
  const kind = ['thanks for your patience', 'happy to help you today', 'thanks so much', 'we fixed it for you', 'glad to help'];
  const toy: Example[] = [
    ...rude.map((text) => ({ text, labels: { heat: 1, impolite: 1, remorse: 0, caring: 0 }, source: 'toy-a' })),
    ...kind.map((text) => ({ text, labels: { heat: 0, impolite: 0, remorse: 0, caring: 1 }, source: 'toy-b' })),
  ];

  const opts = { epochs: 5, minDf: 1 };

  it('gives identical weights when trained twice on the same data', () => {
    const a = quantise(train(toy, opts));
    const b = quantise(train(toy, opts));
    expect(a.checksum).toBe(b.checksum);
    expect(a).toEqual(b);
    expect(assetModule(a, 'toy')).toBe(assetModule(b, 'toy'));
  });

  it('keeps only the features in each head\'s budget, and stores them sorted', () => {
    const w = train(toy, { ...opts, budget: { heat: 5, impolite: 5, remorse: 5, caring: 5 } });
    expect(w.keys.length).toBeGreaterThan(0);
    expect(w.keys.length).toBeLessThanOrEqual(20);
    for (let i = 1; i < w.keys.length; i++) expect(w.keys[i]).toBeGreaterThan(w.keys[i - 1]);
    w.heads.forEach((_, h) => expect(Array.from(w.weights[h]).filter((x) => x !== 0).length).toBeLessThanOrEqual(5));
    // A feature in fewer texts than minDf is never learned.
    const rare = train(toy, { ...opts, minDf: 3 });
    expect(Array.from(rare.keys)).not.toContain(fnv1a('fools'));
  });

  it('learns the toy set, and a different seed or data changes the weights', () => {
    const w = train(toy, { epochs: 20, minDf: 1 });
    const m = createToneModel(quantise(w));
    expect(m.status).toBe('ok');
    expect(m.scoreSentence('stupid fools')!.heat).toBeGreaterThan(m.scoreSentence('thanks for your patience')!.heat);
    expect(quantise(train(toy, { ...opts, seed: 12 })).weights).not.toBe(quantise(train(toy, opts)).weights);
    expect(quantise(train(toy.slice(1), opts)).weights).not.toBe(quantise(train(toy, opts)).weights);
  });
});
