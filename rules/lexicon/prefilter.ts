/**
 * A cheap necessary condition for a lexicon: words at least one of which any match must contain. Most
 * sentences contain none of a lexicon's words, so its full alternation never runs on them. Derived from the
 * patterns themselves (no list to keep in step): a literal run needs its longest word; an alternation needs
 * one of its branches' words; an optional part needs nothing, so a sequence leans on its surest part.
 */

/** Words (lower case) one of which any match contains; null when nothing can be said. */
type Need = Set<string> | null;

interface Cursor {
  src: string;
  i: number;
}

const MIN_WORD = 2;

/** The longest plain word of a literal run, if long enough to be worth testing. */
function wordOf(run: string): Need {
  // A symbol no word contains (an emoji) is as good a need as a word.
  const symbol = /[^\p{L}\p{N}\s\p{P}]/u.exec(run);
  if (symbol && symbol[0].codePointAt(0)! > 0x2000) return new Set([symbol[0]]);
  const words = run.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= MIN_WORD);
  if (!words.length) return null;
  return new Set([words.reduce((a, b) => (b.length > a.length ? b : a))]);
}

/** Words in nearly every sentence: a need made of them rejects nothing. */
const COMMON = new Set(['you', 'your', 'the', 'this', 'that', 'we', 'it', 'is', 'are', 'not', 'have', 'has', 'and', 'for', 'with', 'our', 'can', 'will', 'be', 'to', 'of', 'in', 'on', 'me', 'my', 'us', 'do', 'was', 'were', 'if', 'an', 'so', 'at', 'as', 'or', 'all', 'any', 'no', 'they', 'what']);

/** How good a need is: fewer, longer, rarer words test faster and reject more. */
const worth = (n: Need) => (n ? Math.min(...[...n].map((w) => (COMMON.has(w) ? 0 : w.length))) * 4 - n.size : -Infinity);

/** An alternation needs one of its branches' words; a branch that needs none makes it need none. */
function needOfAlternation(alts: Node[][]): Need {
  const branches = alts.map(needOfSequence);
  if (branches.some((b) => !b)) return null;
  return new Set(branches.flatMap((b) => [...b!]));
}

function needOfSequence(seq: Node[]): Need {
  const parts: Need[] = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push(wordOf(literal));
    literal = '';
  };
  for (const node of seq) {
    if (node.t === 'char' && node.min === 1 && node.max !== Infinity) literal += node.c;
    else if (node.t === 'char' && node.min >= 1) {
      // "s+": the character is there, but the run's word ends uncertainly.
      literal += node.c;
      flush();
    } else {
      // A lookaround, a class or an optional part ends the literal run; a group that must match adds its need.
      flush();
      if (node.t === 'group' && node.min >= 1) {
        const inner = needOfAlternation(node.alts);
        if (inner) parts.push(inner);
      }
    }
  }
  flush();
  const known = parts.filter((p): p is Set<string> => !!p);
  if (!known.length) return null;
  return known.reduce((best, p) => (worth(p) > worth(best) ? p : best));
}

/** The words any match of this regex source must contain one of, or null. */
export function neededWords(source: string): Need {
  try {
    const c: Cursor = { src: source, i: 0 };
    const alts = parseNodes(c);
    return c.i >= source.length ? needOfAlternation(alts) : null;
  } catch {
    return null;
  }
}

/** One test for a whole lexicon, or undefined when some entry could match without any known word. */
export function lexiconPrefilter(sources: string[]): RegExp | undefined {
  const words = new Set<string>();
  for (const s of sources) {
    const need = neededWords(s);
    if (!need) return undefined;
    for (const w of need) words.add(w);
  }
  // Longer words first, so none hides a longer one that contains it; substrings are enough: this only rules out.
  const list = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(list.join('|'), 'i');
}

type Node =
  | { t: 'char'; c: string; min: number; max: number; letter?: boolean }
  | { t: 'group'; alts: Node[][]; min: number; max: number }
  | { t: 'skip' }
  | { t: 'other'; min: number };

const NODE_QUANTIFIER = /(?:(\?)|(\*)|(\+)|\{(\d+)(,(\d*))?\})\??/y;

function parseNodes(c: Cursor): Node[][] {
  const alts: Node[][] = [[]];
  while (c.i < c.src.length && c.src[c.i] !== ')') {
    const ch = c.src[c.i];
    if (ch === '|') {
      c.i++;
      alts.push([]);
      continue;
    }
    let node: Node;
    if (ch === '(') {
      c.i++;
      let look = false;
      if (c.src[c.i] === '?') {
        const kind = c.src.slice(c.i, c.i + 3);
        look = kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!';
        c.i += kind === '?<=' || kind === '?<!' ? 3 : 2;
      }
      const inner = parseNodes(c);
      if (c.src[c.i] !== ')') throw new Error('unbalanced');
      c.i++;
      node = look ? { t: 'skip' } : { t: 'group', alts: inner, min: 1, max: 1 };
    } else if (ch === '[') {
      const open = ++c.i;
      while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
      const body = c.src.slice(open, c.i++);
      // The apostrophe class the matcher writes for ': the words it is matched against spell both as '.
      node = body === "'’" || body === "’'" ? { t: 'char', c: "'", min: 1, max: 1 } : { t: 'other', min: 1 };
    } else if (ch === '\\') {
      const next = c.src[c.i + 1];
      c.i += 2;
      if (next === 'b' || next === 'B') node = { t: 'skip' };
      else if (next === 'u' && c.src[c.i] === '{') {
        // A code point ("\u{1F937}", the shrug): a symbol no word contains, as good a need as a word.
        const close = c.src.indexOf('}', c.i);
        node = { t: 'char', c: String.fromCodePoint(parseInt(c.src.slice(c.i + 1, close), 16)), min: 1, max: 1 };
        c.i = close + 1;
      } else if (/[A-Za-z0-9]/.test(next)) {
        if (next === 'u') c.i += 4;
        else if (next === 'p' || next === 'P') c.i = c.src.indexOf('}', c.i) + 1;
        node = { t: 'other', min: 1 };
      } else node = { t: 'char', c: next, min: 1, max: 1 };
    } else if (ch === '^' || ch === '$') {
      c.i++;
      node = { t: 'skip' };
    } else if (ch === '.') {
      c.i++;
      node = { t: 'other', min: 1 };
    } else {
      c.i++;
      node = { t: 'char', c: ch.toLowerCase(), min: 1, max: 1 };
    }
    NODE_QUANTIFIER.lastIndex = c.i;
    const q = NODE_QUANTIFIER.exec(c.src);
    if (q && node.t !== 'skip') {
      c.i += q[0].length;
      const min = q[1] || q[2] ? 0 : q[3] ? 1 : Number(q[4]);
      const max = q[1] ? 1 : q[2] || q[3] || (q[5] && !q[6]) ? Infinity : q[6] ? Number(q[6]) : min;
      node = node.t === 'other' ? { t: 'other', min } : { ...node, min, max };
    }
    if (node.t === 'char') node.letter = /[a-z0-9']/.test(node.c);
    alts[alts.length - 1].push(node);
  }
  return alts;
}

interface Rest {
  seq: Node[];
  i: number;
  next: Rest | undefined;
}

/** A way a match can begin: its first word, whole when a second follows, and the start of the second. */
export interface Start {
  first: string;
  /** Present when the first word is whole and this is how the next one begins. */
  second?: string;
  /** The first word is whole, and no second word is known. */
  whole?: boolean;
}

/** More ways to begin than this and an entry is not worth indexing. */
const MAX_STARTS = 256;
const MAX_STEPS = 1000;

/**
 * How a match of this regex source can begin, up to its first two words ("(?:the )?courier" -> the courier,
 * courier; "you (?:could|should)" -> you could, you should; "apologi[sz]e" -> apologi). Lower-case ASCII.
 * Null when a match could begin otherwise (a class, a symbol, an optional letter, a space), so the caller
 * falls back to scanning. A word ends at a space; a start cut short by a class or a symbol is a prefix.
 */
export function matchStarts(source: string): Start[] | null {
  let alts: Node[][];
  try {
    const c: Cursor = { src: source, i: 0 };
    alts = parseNodes(c);
    if (c.i < source.length) return null;
  } catch {
    return null;
  }
  // Two words multiply the ways to begin (eight intensifiers times thirty feelings); one word may still be few.
  return startsUpTo(alts, 2) ?? startsUpTo(alts, 1);
}

function startsUpTo(alts: Node[][], words: 1 | 2): Start[] | null {
  const found = new Map<string, Start>();
  let unknown = false;
  // Nested optional groups multiply the paths; past this many steps the entry is not worth indexing.
  let steps = 0;
  const emit = (text: string) => {
    const trimmed = text.trimEnd();
    if (!trimmed) {
      unknown = true;
      return;
    }
    const [first, second] = trimmed.split(' ');
    // A first word followed by a space is whole: it must be the text's word, not only begin it.
    const start: Start = second !== undefined ? { first, second } : text.endsWith(' ') ? { first, whole: true } : { first };
    const key = start.whole ? `${first} ` : trimmed;
    if (start.whole ? !found.has(first) : true) found.set(key, start);
    if (!start.whole && second === undefined) found.delete(`${first} `);
  };
  /** Walks the nodes of `seq` from `i`, then the continuations (a linked list), with the text read so far. */
  const walk = (seq: Node[], i: number, rest: Rest | undefined, text: string): void => {
    if (unknown || found.size > MAX_STARTS || ++steps > MAX_STEPS) {
      unknown = true;
      return;
    }
    if (i >= seq.length) {
      if (rest) walk(rest.seq, rest.i, rest.next, text);
      else emit(text);
      return;
    }
    const node = seq[i];
    if (node.t === 'skip') return walk(seq, i + 1, rest, text);
    if (node.t === 'other') return emit(text);
    if (node.t === 'group') {
      if (node.min === 0) walk(seq, i + 1, rest, text);
      const after = node.max > 1 ? undefined : { seq, i: i + 1, next: rest };
      for (const alt of node.alts) walk(alt, 0, after, text);
      return;
    }
    if (node.c === ' ') {
      if (node.min === 0 || !text || text.endsWith(' ') || text.includes(' ')) return emit(text);
      if (words === 1) return emit(text + ' ');
      return walk(seq, i + 1, rest, text + ' ');
    }
    if (!node.letter || node.min === 0) return emit(text);
    if (node.max > node.min) return emit(text + node.c.repeat(node.min));
    return walk(seq, i + 1, rest, text + node.c.repeat(node.min));
  };
  for (const alt of alts) walk(alt, 0, undefined, '');
  return unknown ? null : [...found.values()];
}
