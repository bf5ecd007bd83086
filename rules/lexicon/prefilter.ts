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

function parseAlternation(c: Cursor): Need {
  const branches: Need[] = [parseSequence(c)];
  while (c.src[c.i] === '|') {
    c.i++;
    branches.push(parseSequence(c));
  }
  if (branches.some((b) => !b)) return null;
  return new Set(branches.flatMap((b) => [...b!]));
}

function parseSequence(c: Cursor): Need {
  const parts: Need[] = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push(wordOf(literal));
    literal = '';
  };
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const start = c.i;
    let atom: Need | 'char' = null;
    let char = '';
    const ch = c.src[c.i];
    if (ch === '(') {
      c.i++;
      let look = false;
      if (c.src[c.i] === '?') {
        const kind = c.src.slice(c.i, c.i + 3);
        look = kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!';
        c.i += kind === '?<=' || kind === '?<!' ? 3 : 2;
      }
      const inner = parseAlternation(c);
      c.i++; // ')'
      atom = look ? null : inner;
      if (look) {
        // A lookaround matches no text: it neither needs words nor breaks a literal run's words... but it does split it.
        flush();
        continue;
      }
    } else if (ch === '[') {
      c.i++;
      while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
      c.i++;
    } else if (ch === '\\') {
      const next = c.src[c.i + 1];
      c.i += 2;
      if (next === 'u' && c.src[c.i] === '{') {
        const close = c.src.indexOf('}', c.i);
        atom = 'char';
        char = String.fromCodePoint(parseInt(c.src.slice(c.i + 1, close), 16));
        c.i = close + 1;
      }
      else if (next === 'u') c.i += 4;
      else if (next === 'p' || next === 'P') c.i = c.src.indexOf('}', c.i) + 1;
      else if (!/[a-zA-Z0-9]/.test(next)) {
        atom = 'char';
        char = next;
      }
    } else if (ch === '.' || ch === '^' || ch === '$') {
      c.i++;
    } else {
      c.i++;
      atom = 'char';
      char = ch;
    }
    // Quantifier?
    let min = 1;
    const q = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(c.src.slice(c.i));
    if (q) {
      c.i += q[0].length;
      min = q[0][0] === '?' || q[0][0] === '*' ? 0 : q[0][0] === '+' ? 1 : Number(q[1]);
    }
    if (atom === 'char' && min === 1 && (!q || q[0] === '' || q[0][0] === '{')) {
      literal += char;
      continue;
    }
    if (atom === 'char' && min >= 1) {
      // "s+": the character is there, but the run's word ends uncertainly.
      literal += char;
      flush();
      continue;
    }
    flush();
    if (min >= 1 && atom !== 'char' && atom !== null) parts.push(atom);
    void start;
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
    const need = parseAlternation(c);
    return c.i >= source.length ? need : null;
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
