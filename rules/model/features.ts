/**
 * The tone model's features, shared by training (scripts/model) and inference (./index.ts), so the two
 * can never drift apart. Pure TS, no dependencies.
 *
 * Tokens: lower-cased words (letters, with an inner apostrophe: "don't"), "<num>" for digits, "!" and "?"
 * (a run counts once, "!!" for two or more), "<url>", "<user>" and "<email>" for links, handles and
 * addresses. "u"/"ur" read as "you"/"your". A word of 3+ letters in capitals also adds the unigram "<caps>".
 *
 * Features: every token (unigram) and every adjacent pair "a b" (bigram, "<s>" before the first token),
 * and for a word of 5+ letters its letter 4-grams with "^" and "$" marking the word's ends ("#^idi",
 * "#idio", "#diot", "#iot$" for "idiot"), so a plural, a misspelling or a compound the training data never
 * spelled that way still shares weight with the words it did ("idiots", "idoit", "nutjob"). All are
 * hashed with FNV-1a 32-bit over the UTF-16 code units of the feature's text (a pair hashes "a b", one
 * space between). The hash is the feature's key in the model's vocabulary (./model.ts): there is no
 * folding into buckets, so a word the model never learned weighs nothing, rather than whatever shares its
 * bucket. Each feature counts 1/sqrt(n) for n features in the text (known or not), so long and short texts
 * weigh alike.
 */

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit over UTF-16 code units, continuing from `h` (unsigned). */
export function fnv1a(s: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

const SPACE = 32;
const TOKEN =
  /https?:\/\/\S+|www\.\S+|<url>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|[0-9]+(?:[.,][0-9]+)*|!+|\?+/g;
/** The same tokens for text with no link, address or handle in it: most sentences, and much quicker to scan. */
const PLAIN_TOKEN = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|[0-9]+(?:[.,][0-9]+)*|!+|\?+/g;
const NEEDS_FULL = /[@<]|:\/\/|www\./;
// Maps, not object literals: a word such as "constructor" or "toString" must not read Object.prototype.
const PLACEHOLDERS = new Map([['URL', '<url>'], ['EMAIL', '<email>']]);
const SPELLING = new Map([['u', 'you'], ['ur', 'your'], ['youre', "you're"], ['ya', 'you'], ['dont', "don't"], ['cant', "can't"]]);

export interface Tokens {
  tokens: string[];
  /** Words of 3+ letters written in capitals (excluding the corpora's URL/EMAIL placeholders). */
  caps: number;
}

/** The text's tokens, in order. */
export function tokenize(text: string): Tokens {
  const tokens: string[] = [];
  let caps = 0;
  const full = NEEDS_FULL.test(text);
  const re = full ? TOKEN : PLAIN_TOKEN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[0];
    const c = w.charCodeAt(0);
    if (c === 33 /* ! */) tokens.push(w.length > 1 ? '!!' : '!');
    else if (c === 63 /* ? */) tokens.push('?');
    else if (c === 64 /* @ */) tokens.push('<user>');
    else if (c >= 48 && c <= 57) tokens.push('<num>');
    // Links and addresses only come from the full pattern: the plain one's words cannot hold them.
    else if (full && (w === '<url>' || w.startsWith('http') && w.includes('://') || w.startsWith('www.'))) tokens.push('<url>');
    else if (full && w.includes('@')) tokens.push('<email>');
    else if (PLACEHOLDERS.has(w)) tokens.push(PLACEHOLDERS.get(w)!);
    else {
      let lower = w.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      if (w.length >= 3 && w !== lower && w === w.toUpperCase()) caps++;
      tokens.push(SPELLING.get(lower) ?? lower);
    }
  }
  return { tokens, caps };
}

const GRAM = 4;
/** A word this long or longer adds its letter 4-grams; a shorter one is its own unigram already. */
const GRAM_WORD = 5;
const GRAM_MARK = fnv1a('#');
const HAT = 94; // ^
const DOLLAR = 36; // $
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/**
 * Appends the hashes of `#` + each 4-character window of "^word$", hashed in place (no substrings), each
 * with an equal share of one feature: a word's grams together weigh as much as one word, so a long word
 * is not heard several times over.
 */
function letterGrams(word: string, out: number[], terms?: string[], shares?: number[]): void {
  const n = word.length + 2;
  const at = (i: number) => (i === 0 ? HAT : i === n - 1 ? DOLLAR : word.charCodeAt(i - 1));
  for (let i = 0; i + GRAM <= n; i++) {
    let h = GRAM_MARK;
    for (let k = i; k < i + GRAM; k++) {
      h ^= at(k);
      h = Math.imul(h, FNV_PRIME);
    }
    out.push(h >>> 0);
    if (terms) terms.push('#' + `^${word}$`.slice(i, i + GRAM));
  }
  if (shares) for (let i = 0, k = n - GRAM + 1; i < k; i++) shares.push(1 / k);
}

/**
 * Hashes of the text's features. `terms`, when given, gets each feature's text; `shares`, each feature's
 * share of one feature (1, or 1/k for each of a word's k letter grams).
 */
export function featureHashes(text: string, terms?: string[], shares?: number[]): number[] {
  const { tokens, caps } = tokenize(text);
  const out: number[] = [];
  let prev = fnv1a('<s>');
  let prevTok = '<s>';
  for (const t of tokens) {
    const h = fnv1a(t);
    out.push(h);
    let pair = prev ^ SPACE;
    pair = Math.imul(pair, FNV_PRIME);
    out.push(fnv1a(t, pair));
    if (terms) terms.push(t, `${prevTok} ${t}`);
    shares?.push(1, 1);

    prev = h;
    prevTok = t;
  }
  for (const t of tokens) if (t.length >= GRAM_WORD && isLetter(t.charCodeAt(0))) letterGrams(t, out, terms, shares);
  if (caps) {
    out.push(fnv1a('<caps>'));
    terms?.push('<caps>');
    shares?.push(1);
  }
  return out;
}

/**
 * A text's features: their full 32-bit hashes (repeats allowed), each one's share (1, or 1/k for a word's
 * k letter grams) and the value a whole feature carries, 1/sqrt(n) for n whole features (a word's grams
 * count as one).
 */
export interface Features {
  hashes: number[];
  shares: number[];
  value: number;
}

export function features(text: string): Features {
  const shares: number[] = [];
  const hashes = featureHashes(text, undefined, shares);
  let n = 0;
  for (const x of shares) n += x;
  return { hashes, shares, value: n > 0 ? 1 / Math.sqrt(n) : 0 };
}

const WORD = /^[\p{L}][\p{L}'’]*$/u;

/** True for a feature text made only of words ("idiot", "you people"), not of markers ("<caps>", "!", "you ?"). */
export const isWordTerm = (term: string): boolean => term.split(' ').every((t) => WORD.test(t));
