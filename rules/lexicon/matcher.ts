/**
 * The lexicon matcher: lexicon data (phrases and patterns) compiled into safe, fast regexes. The tuning
 * here (no captures, no Unicode folding unless needed, bounded space runs) is what keeps cold analysis fast.
 */
import type { Severity } from '../types';
import type { Span } from '../text';
import { lexiconPrefilter } from './prefilter';

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
  /** Words one of which any match contains (see prefilter.ts): a sentence with none of them is skipped. */
  prefilter?: RegExp;
  entries: LexiconEntry[];
  /** Each entry's source, without captures. */
  sources: string[];
  /** Per entry, sticky, with its context check: which entry a match is, built on the first match. */
  anchored?: { re: RegExp; before?: RegExp }[];
}

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

export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const sources = entries.map((e) => entrySource(e, false, 'plain'));
  const size = sources.reduce((n, s) => n + s.length + 1, 0);
  if (size > MAX_LEXICON_SOURCE) throw new Error(`a lexicon of ${size} characters is over V8's ${MAX_LEXICON_SOURCE} for optimising a regex: split it (its first entry: ${(entries[0]?.pattern ?? entries[0]?.phrase ?? "").slice(0, 40)})`);
  return { regex: matcher(sources.join('|'), 'g'), prefilter: lexiconPrefilter(sources), entries, sources };
}

const WORD_CHAR = /[\p{L}\p{N}_'’]/u;
/** Space characters other than the plain space (all one UTF-16 unit, so offsets stay put). */
const OTHER_SPACE = /[^\S ]/;
const OTHER_SPACES = /[^\S ]/g;

/** Each entry as its own regex, with a word boundary on both sides. The lexicon's alternation costs at most their sum, so checking each checks the whole. */
export function entryRegexes(lex: CompiledLexicon): RegExp[] {
  return lex.entries.flatMap((e) => [new RegExp(`${WORD_BEFORE}(?:${entrySource(e, true, 'plain')})${WORD_AFTER}`, 'iu'), ...(e.notAfter ? [notAfterRegex(e)!] : [])]);
}

export interface LexiconMatch extends Span {
  entry: LexiconEntry;
  text: string;
}

/** The first entry, in order, that matches at `at` in its context. */
function entryAt(lex: CompiledLexicon, text: string, at: number): LexiconMatch | undefined {
  const unicode = lex.regex.unicode;
  lex.anchored ??= lex.entries.map((e, k) => ({ re: matcher(lex.sources[k], 'y', unicode), before: notAfterRegex(e) }));
  const lead = text.slice(Math.max(0, at - CONTEXT), at);
  for (let k = 0; k < lex.entries.length; k++) {
    const { re, before } = lex.anchored[k];
    re.lastIndex = at;
    const r = re.exec(text);
    if (!r || r[0] === '' || (lex.entries[k].sentenceStart && !SENTENCE_START.test(lead)) || before?.test(lead)) continue;
    return { start: at, end: at + r[0].length, entry: lex.entries[k], text: r[0] };
  }
  return undefined;
}

/** Non-overlapping matches, left to right; where several entries match at one place, the first whose context fits wins. */
export function matchLexicon(lex: CompiledLexicon, original: string): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  if (lex.prefilter && !lex.prefilter.test(original)) return out;
  // The lexicons are compiled for plain spaces: every other space character becomes one, in place.
  const plain = OTHER_SPACE.test(original);
  const text = plain ? original.replace(OTHER_SPACES, ' ') : original;
  lex.regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = lex.regex.exec(text))) {
    const hit = m[0] !== '' && (m.index === 0 || !WORD_CHAR.test(text[m.index - 1])) ? entryAt(lex, text, m.index) : undefined;
    if (hit) out.push(plain ? { ...hit, text: original.slice(hit.start, hit.end) } : hit);
    lex.regex.lastIndex = hit ? hit.end : m.index + 1;
  }
  return out;
}

