/** Which capitalised words in a sentence shout, and their plain wording: read by the caps rule and the situation reader. */
import { isDictionaryWord, isNameWord } from '../nlp';
import { ACRONYMS } from './acronyms';

export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
export const UPPER_WORD = /^[A-Z][A-Z'’]*$/;
export const GAP = /^[\s,;:.!?"“”()-]*$/;
/** A token in capitals with two letters or more: a sentence without one shouts nothing (most sentences; the token loop is the cost). */
const MAYBE_SHOUTED = /(?<![\p{L}\p{N}])[A-Z]['’]*[A-Z][A-Z'’]*(?![\p{L}\p{N}'’-])/u;

interface Token {
  start: number;
  end: number;
  word: string;
  /** An ordinary word in capitals. */
  shouted: boolean;
  /** A word that could be a name on its own ("NO", "US", "I") but shouts next to shouted words. */
  ambiguous: boolean;
}

function bareWord(word: string): string {
  return word.replace(/['’]S$/, '').replace(/['’]/g, '');
}

function shouted(word: string, ignore: ReadonlySet<string>): boolean {
  const bare = bareWord(word);
  if (bare.length < 2 || ignore.has(bare.toLowerCase()) || ACRONYMS.has(bare)) return false;
  return isDictionaryWord(bare.toLowerCase());
}

/** Short words people capitalise for emphasis; other short capitals are more often acronyms ("WHO", "AIM"). */
const SHORT_EMPHASIS = new Set(['NOT', 'ANY', 'ALL', 'YOU', 'NOW', 'DID', 'CAN', 'HAS', 'WAS', 'ARE', 'OWN', 'HAD', 'BUT', 'YES', 'NOR', 'TOO', 'OUR', 'THE', 'AND', 'ONE', 'WHY', 'HOW', 'OFF', 'OUT', 'BIG', 'ASK', 'SEE', 'GET', 'PAY', 'END']);

/** Short words that are also names or codes ("US", "IT", "NO" for number). */
const AMBIGUOUS = new Set(['I', 'A', 'NO', 'US', 'IT', 'AM', 'OK', 'HI', 'IN', 'OR', 'ME', 'PS']);

function ambiguous(word: string, ignore: ReadonlySet<string>): boolean {
  const bare = bareWord(word);
  return AMBIGUOUS.has(bare) && !ignore.has(bare.toLowerCase());
}

/** Runs of shouted words, each with its plain-case replacement. */
export function shoutedSpans(text: string, ignore: ReadonlySet<string> = new Set()): { start: number; end: number; replacement: string }[] {
    const out: { start: number; end: number; replacement: string }[] = [];
    if (!MAYBE_SHOUTED.test(text)) return out;
    const runs: Token[][] = [];
    let run: Token[] = [];
    let prevEnd = -1;
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text))) {
      const word = m[0];
      const upper = UPPER_WORD.test(word);
      if (!upper || (prevEnd !== -1 && !GAP.test(text.slice(prevEnd, m.index)))) {
        if (run.length) runs.push(run);
        run = [];
      }
      if (upper) {
        const s = shouted(word, ignore);
        run.push({ start: m.index, end: m.index + word.length, word, shouted: s, ambiguous: !s && ambiguous(word, ignore) });
      }
      prevEnd = m.index + word.length;
    }
    if (run.length) runs.push(run);

    for (const r of runs) {
      const loud = r.filter((t) => t.shouted);
      if (loud.length === 0) continue;
      const joined = loud.length + r.filter((t) => t.ambiguous).length;
      // One shouted word alone needs four letters or a known emphasis word ("NOT", not "WHO" or "DO");
      // two or more words together always shout.
      if (joined < 2 && bareWord(loud[0].word).length < 4 && !SHORT_EMPHASIS.has(bareWord(loud[0].word))) continue;
      let a = 0;
      let b = r.length - 1;
      if (joined >= 2) {
        while (a < b && !r[a].shouted && !r[a].ambiguous) a++;
        while (b > a && !r[b].shouted && !r[b].ambiguous) b--;
      } else {
        a = b = r.indexOf(loud[0]);
      }
      // Shouted words go to lower case; names get one capital; acronyms, codes and "I" keep theirs.
      const replacement = text.slice(r[a].start, r[b].end).replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (w) => {
        const t = r.find((x) => x.word === w);
        if (!t || (!t.shouted && !t.ambiguous) || w === 'I') return w;
        const lower = w.toLowerCase();
        return isNameWord(lower.replace(/['’]s$/, '')) ? lower[0].toUpperCase() + lower.slice(1) : lower;
      });
      out.push({ start: r[a].start, end: r[b].end, replacement });
    }
    return out;
}
