/**
 * The lexicon matcher: lexicon data (phrases and patterns) compiled into safe, fast regexes. The tuning
 * here (no captures, no Unicode folding unless needed, bounded space runs) is what keeps cold analysis fast.
 */
import type { Severity } from '../types';
import { BEYOND_LATIN, type Span } from '../text';
import { lexiconPrefilter, matchStarts } from './prefilter';

/** A lexicon entry: data a reviewer can read without reading matching code. */
export interface LexiconEntry {
  /** A literal phrase; spaces match any whitespace, ' matches ’ too. */
  phrase?: string;
  /** A regular-expression source, matched case-insensitively at word boundaries. */
  pattern?: string;
  /** Shown to users: why this wording reads badly. */
  note: string;
  /** Where the advice comes from. */
  source: string;
  /** A calmer or firmer wording for the matched span; `''` means delete it. */
  replacement?: string;
  severity?: Severity;
  /**
   * Only at the start of a sentence or clause (after . ! ? or :). Kept out of the pattern: a pattern
   * that opens with a lookbehind stops the regex engine skipping ahead by its first letters.
   */
  sentenceStart?: boolean;
  /** A pattern the words just before the match must not end with (the same reason). */
  notAfter?: string;
}

const WORD_BEFORE = "(?<![\\p{L}\\p{N}_'’])";
const WORD_AFTER = "(?![\\p{L}\\p{N}_])";

/**
 * Turns a lexicon phrase or pattern into regex source: flexible spaces and apostrophes. Matching asks
 * for no captures: only the span is used, and an alternation with a capture per entry resets every
 * capture register at every position it tries.
 */
export function entrySource(e: Pick<LexiconEntry, 'phrase' | 'pattern'>, captures = true, spaces: 'any' | 'plain' = 'any'): string {
  // 'plain': for text whose whitespace matchLexicon has already turned into plain spaces. One character
  // instead of a class keeps the compiled regex several times smaller (V8 compiles a big case-insensitive
  // alternation to up to a megabyte of machine code, and a rarely used one then runs out of cache).
  const space = spaces === 'plain' ? ' ' : '[\\s\\u00a0]';
  const src =
    e.pattern ??
    (e.phrase ?? '')
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .split(/\s+/)
      .join(' ');
  const run = /\[\^|(?<!\\)\.[{*+?]/.test(src) ? '{1,4}' : '{1,9}';
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (c === '(' && !captures && !inClass && src[i + 1] !== '?') {
      out += '(?:';
    } else if (c === ' ' && inClass) {
      out += spaces === 'plain' ? ' ' : '\\s\\u00a0';
    } else if (c === ' ') {
      // Bounded runs of space keep every pattern linear (checked by tests/rules/redos.test.ts). The
      // bound is 9 unless the entry has a wildcard window (`[^.!?]{0,50}?`), which can take spaces too:
      // there it stays 4, keeping the overlap small. Measured, with 4 everywhere V8 spent about a
      // second compiling the lexicons on a page's first analysis (small repeats compile as copies).
      const q = src[i + 1];
      if (q === '*') {
        out += `${space}{0,4}`;
        i++;
      } else if (q === '+') {
        out += `${space}{1,4}`;
        i++;
      } else {
        out += q === '?' || q === '{' ? space : `${space}${run}`;
      }
    } else if (c === "'") {
      out += inClass ? "'’" : "['’]";
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * A lexicon ready to match: one alternation of its entries, in order. (One regex per entry was tried
 * and was slower: a call per entry per sentence costs more than it saves.)
 */
export interface CompiledLexicon {
  regex: RegExp;
  /** Words one of which any match contains (see prefilter.ts): a sentence with none of them is skipped by the scan. Made on the first scan; null when nothing can be said. */
  prefilter?: RegExp | null;
  entries: LexiconEntry[];
  /** Each entry's source, without captures. */
  sources: string[];
  /** Its place in the shared start index (see matchByWords); undefined for a lexicon kept out of it. */
  id?: number;
  /** Entries that can begin otherwise than at a word, built with the shared index; null when too many can, and the alternation scans the text. */
  starts?: Others | null;
  /** Per entry, sticky, with its context check: which entry a match is, built on the first match. */
  anchored?: { re: RegExp; before?: RegExp }[];
}

/** Space characters other than the plain space (all one UTF-16 unit, so offsets stay put). */
const OTHER_SPACE = /[^\S ]/;
const OTHER_SPACES = /[^\S ]/g;
const WORD_CHAR = /[\p{L}\p{N}_'’]/u;

const SENTENCE_START = /(?:^|[.!?:][\s\u00a0]{1,4})$/;
/** How far back `sentenceStart` and `notAfter` look. */
const CONTEXT = 40;

const notAfterRegex = (e: LexiconEntry) => (e.notAfter ? new RegExp(`(?:${entrySource({ pattern: e.notAfter })})[\\s\\u00a0]{1,4}$`, 'iu') : undefined);

/**
 * A letter or digit, without the `u` flag: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic,
 * Thai, Latin Extended Additional, Greek Extended, kana, CJK and Hangul. Only used to end a match.
 */
const LETTER_BMP = 'A-Za-z0-9_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u052F\\u0531-\\u058F\\u05D0-\\u05EA\\u0600-\\u06FF\\u0900-\\u0DFF\\u0E00-\\u0E7F\\u1E00-\\u1FFF\\u3040-\\u30FF\\u3400-\\u9FFF\\uAC00-\\uD7AF';

/** Without `u` unless a source needs it: case-insensitive matching is quicker without Unicode case folding. */
function matcher(src: string, flags: 'g' | 'y', unicode = /\\[pP]\{|\\u\{/.test(src)): RegExp {
  // The word boundary before a match is checked in matchLexicon, not by a leading lookbehind:
  // that keeps V8's fast first-character scan.
  return new RegExp(`(?:${src})${unicode ? WORD_AFTER : `(?![${LETTER_BMP}])`}`, `${flags}i${unicode ? 'u' : ''}`);
}

/** V8 leaves a regex whose source is longer than this unoptimised (no quick scan for its first letters): several times slower. */
export const MAX_LEXICON_SOURCE = 20 * 1024;

/** Lexicons in the shared start index: every sentence's words are looked up once for all of them. */
const shared: CompiledLexicon[] = [];

/** `shared: false` for a lexicon made at run time (the user's own phrases), which the shared index would outlive. */
export function compileLexicon(entries: LexiconEntry[], { shared: share = true } = {}): CompiledLexicon {
  const sources = entries.map((e) => entrySource(e, false, 'plain'));
  const size = sources.reduce((n, s) => n + s.length + 1, 0);
  if (size > MAX_LEXICON_SOURCE) throw new Error(`a lexicon of ${size} characters is over V8's ${MAX_LEXICON_SOURCE} for optimising a regex: split it (its first entry: ${(entries[0]?.pattern ?? entries[0]?.phrase ?? "").slice(0, 40)})`);
  const lex: CompiledLexicon = { regex: matcher(sources.join('|'), 'g'), entries, sources };
  if (share) lex.id = shared.push(lex) - 1;
  return lex;
}

/** A lexicon's entries that can begin otherwise than at a word (a digit class, a comma), and their alternation, which scans the text. */
interface Others {
  entries: number[];
  regex?: RegExp;
}

/** One way some lexicon's entries begin: a prefix of the first word, or of the second after a whole first word. */
interface Start {
  lex: number;
  prefix: string;
  entries: number[];
}

/**
 * All shared lexicons' entries by how they begin (see matchStarts), keyed by the first one or two letters
 * of the first word, or by the whole first word and the first one or two letters of the second.
 */
const startIndex = { size: 0, byWord: new Map<string, Start[]>(), byPrefix: new Map<string, Start[]>(), byPair: new Map<string, Map<string, Start[]>>() };

function addStarts(lex: CompiledLexicon): void {
  const others: Others = { entries: [] };
  const prefixes = new Map<string, number[]>();
  const wholes = new Map<string, number[]>();
  const pairs = new Map<string, Map<string, number[]>>();
  const push = (list: number[] | undefined, k: number) => (list ? (list.at(-1) !== k && list.push(k), list) : [k]);
  for (let k = 0; k < lex.sources.length; k++) {
    const starts = matchStarts(lex.sources[k]);
    if (!starts) others.entries.push(k);
    else
      for (const { first, second, whole } of starts) {
        if (whole) wholes.set(first, push(wholes.get(first), k));
        else if (second === undefined) prefixes.set(first, push(prefixes.get(first), k));
        else {
          const bySecond = pairs.get(first) ?? pairs.set(first, new Map()).get(first)!;
          bySecond.set(second, push(bySecond.get(second), k));
        }
      }
  }
  if (others.entries.length * 2 > lex.sources.length) {
    lex.starts = null;
    return;
  }
  if (others.entries.length) others.regex = matcher(others.entries.map((k) => lex.sources[k]).join('|'), 'g', lex.regex.unicode);
  lex.starts = others;
  const add = (map: Map<string, Start[]>, key: string, start: Start) => map.get(key)?.push(start) ?? map.set(key, [start]);
  for (const [word, entries] of wholes) add(startIndex.byWord, word, { lex: lex.id!, prefix: word, entries });
  for (const [prefix, entries] of prefixes) add(startIndex.byPrefix, prefix.slice(0, 2), { lex: lex.id!, prefix, entries });
  for (const [first, bySecond] of pairs) {
    const next = startIndex.byPair.get(first) ?? startIndex.byPair.set(first, new Map()).get(first)!;
    for (const [second, entries] of bySecond) add(next, second.slice(0, 2), { lex: lex.id!, prefix: second, entries });
  }
}

/**
 * Indexes the shared lexicons made since the last call, until `more()` says stop (the coach does it in
 * slices while the page is idle; a match indexes whatever is left). True when none is left.
 */
export function prepareLexicons(more: () => boolean = () => true): boolean {
  if (startIndex.size === shared.length) return true;
  do addStarts(shared[startIndex.size++]);
  while (startIndex.size < shared.length && more());
  // Cached words carry candidates from the smaller index.
  wordCache.length = 0;
  return startIndex.size === shared.length;
}

/** Where entries can begin in a text: per lexicon, the places in order and the entries to try at each. */
type Candidates = Map<number, { at: number[]; entries: number[][] }>;

interface Words {
  text: string;
  /** Lower case, ’ written as '. */
  words: string[];
  at: number[];
  candidates?: Candidates;
}

/** The last few texts' words: every lexicon reads the same sentence in turn. */
const wordCache: Words[] = [];
const WORDS = /[\p{L}\p{N}_'’]+/gu;
/** The same class below U+0250 (letters, and the digits ² ³ ¹ ¼ ½ ¾), without the slower `u` flag. */
const LATIN_WORDS = /[A-Za-z0-9_'’\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/g;

function wordsOf(text: string): Words {
  for (const c of wordCache) if (c.text === text) return c;
  const entry: Words = { text, words: [], at: [] };
  const re = BEYOND_LATIN.test(text) ? WORDS : LATIN_WORDS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let word = m[0].toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.includes('ſ')) word = word.replace(/ſ/g, 's');
    entry.words.push(word);
    entry.at.push(m.index);
  }
  wordCache.unshift(entry);
  if (wordCache.length > 4) wordCache.pop();
  return entry;
}

/** Two ascending lists of entry numbers as one, without repeats (entries are tried in order). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/** One pass over the words for every shared lexicon at once. */
function candidatesOf(w: Words): Candidates {
  const found: Candidates = new Map();
  const add = (at: number, s: Start) => {
    let c = found.get(s.lex);
    if (!c) found.set(s.lex, (c = { at: [], entries: [] }));
    const last = c.at.length - 1;
    if (last >= 0 && c.at[last] === at) c.entries[last] = mergeSorted(c.entries[last], s.entries);
    else {
      c.at.push(at);
      c.entries.push(s.entries);
    }
  };
  const { words, at } = w;
  const { byWord, byPrefix, byPair } = startIndex;
  const look = (map: Map<string, Start[]>, key: string, word: string, at: number) => {
    const starts = map.get(key);
    if (starts) for (const s of starts) if (word.startsWith(s.prefix)) add(at, s);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    look(byWord, word, word, at[i]);
    look(byPrefix, word[0], word, at[i]);
    if (word.length > 1) look(byPrefix, word.slice(0, 2), word, at[i]);
    const next = words[i + 1];
    if (next === undefined) continue;
    // Keyed by the first word, then the second's first letters: no joined string to build and hash per word.
    const pair = byPair.get(word);
    if (!pair) continue;
    look(pair, next[0], next, at[i]);
    if (next.length > 1) look(pair, next.slice(0, 2), next, at[i]);
  }
  return found;
}

/** Each entry as its own regex, with a word boundary on both sides. The lexicon's alternation costs at most their sum, so checking each checks the whole. */
export function entryRegexes(lex: CompiledLexicon): RegExp[] {
  return lex.entries.flatMap((e) => [new RegExp(`${WORD_BEFORE}(?:${entrySource(e, true, 'plain')})${WORD_AFTER}`, 'iu'), ...(e.notAfter ? [notAfterRegex(e)!] : [])]);
}

export interface LexiconMatch extends Span {
  entry: LexiconEntry;
  text: string;
}

/** The first entry, in order (of all, or of `only`), that matches at `at` in its context. */
function entryAt(lex: CompiledLexicon, text: string, at: number, only?: readonly number[]): LexiconMatch | undefined {
  const unicode = lex.regex.unicode;
  lex.anchored ??= lex.entries.map((e, k) => ({ re: matcher(lex.sources[k], 'y', unicode), before: notAfterRegex(e) }));
  let lead: string | undefined;
  const n = only ? only.length : lex.entries.length;
  for (let j = 0; j < n; j++) {
    const k = only ? only[j] : j;
    const { re, before } = lex.anchored[k];
    re.lastIndex = at;
    const r = re.exec(text);
    if (!r || r[0] === '') continue;
    if (lex.entries[k].sentenceStart || before) {
      lead ??= text.slice(Math.max(0, at - CONTEXT), at);
      if ((lex.entries[k].sentenceStart && !SENTENCE_START.test(lead)) || before?.test(lead)) continue;
    }
    return { start: at, end: at + r[0].length, entry: lex.entries[k], text: r[0] };
  }
  return undefined;
}

/** Non-overlapping matches, left to right; where several entries match at one place, the first whose context fits wins. */
export function matchLexicon(lex: CompiledLexicon, original: string): LexiconMatch[] {
  if (lex.id !== undefined) prepareLexicons();
  if (!lex.starts) return scanLexicon(lex, original);
  // The lexicons are compiled for plain spaces: every other space character becomes one, in place.
  const plain = OTHER_SPACE.test(original);
  return matchByWords(lex, plain ? original.replace(OTHER_SPACES, ' ') : original, original, plain);
}

/** The same matches, found by running the lexicon's alternation along the text: for a lexicon not in the shared index, and the reference its index is tested against. */
export function scanLexicon(lex: CompiledLexicon, original: string): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  if (lex.prefilter === undefined) lex.prefilter = lexiconPrefilter(lex.sources) ?? null;
  if (lex.prefilter && !lex.prefilter.test(original)) return out;
  const plain = OTHER_SPACE.test(original);
  const text = plain ? original.replace(OTHER_SPACES, ' ') : original;
  lex.regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = lex.regex.exec(text))) {
    const hit = m[0] !== '' && (m.index === 0 || !WORD_CHAR.test(text[m.index - 1])) ? entryAt(lex, text, m.index) : undefined;
    if (hit) out.push(plain ? { ...hit, text: original.slice(hit.start, hit.end) } : hit);
    lex.regex.lastIndex = hit ? hit.end : after(text, m.index);
  }
  return out;
}

/** The next place to look after `at`: past the whole character, since a Unicode regex set inside a surrogate pair starts again at its first half. */
const after = (text: string, at: number) => at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);

/** Every lexicon in the shared index (for tests). */
export const sharedLexicons = (): readonly CompiledLexicon[] => shared;

/**
 * The same matches as the alternation's scan, found from the words instead: a match begins at a word, so
 * only the entries that can begin with that word and the next are tried there, each on its own. Most
 * sentences then run none of a lexicon's regexes, and a large alternation never runs at every character.
 */
function matchByWords(lex: CompiledLexicon, text: string, original: string, plain: boolean): LexiconMatch[] {
  const words = wordsOf(text);
  const mine = (words.candidates ??= candidatesOf(words)).get(lex.id!);
  const others = lex.starts!;
  if (!mine && !others.regex) return [];
  const pos = mine ? (others.regex ? [...mine.at] : mine.at) : [];
  const tries = mine ? (others.regex ? [...mine.entries] : mine.entries) : [];
  if (others.regex) {
    others.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = others.regex.exec(text))) {
      const p = m.index;
      if (m[0] !== '' && (p === 0 || !WORD_CHAR.test(text[p - 1]))) {
        const i = pos.indexOf(p);
        if (i >= 0) tries[i] = mergeSorted(tries[i], others.entries);
        else {
          const j = pos.findIndex((q) => q > p);
          pos.splice(j < 0 ? pos.length : j, 0, p);
          tries.splice(j < 0 ? tries.length : j, 0, others.entries);
        }
      }
      others.regex.lastIndex = after(text, p);
    }
  }
  const out: LexiconMatch[] = [];
  let from = 0;
  for (let i = 0; i < pos.length; i++) {
    if (pos[i] < from) continue;
    const hit = entryAt(lex, text, pos[i], tries[i]);
    if (!hit) continue;
    out.push(plain ? { ...hit, text: original.slice(hit.start, hit.end) } : hit);
    from = hit.end;
  }
  return out;
}
