/** Plain-text structure of a draft: which parts are the writer's own, and its sentences. No DOM. */

export interface Span {
  start: number;
  end: number;
}

export interface Regions {
  /** The writer's own text, judged by the rules. */
  own: Span[];
  greeting?: Span;
  signature?: Span;
  quoted: Span[];
}

interface Line extends Span {
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

const QUOTE_HEADER = /^\s*On\s[^\n]{2,300}\bwrote:\s*$/;
const QUOTE_HEADER_START = /^\s*On\s[^\n]{2,200}$/;
const WROTE_LINE = /^[^\n]{0,200}\bwrote:\s*$/;
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}/i;
const RULE_LINE = /^\s*_{8,}\s*$/;
const FROM_HEADER = /^\s*From:\s/;
const SENT_HEADER = /^\s*(?:Sent|Date|To|Subject):\s/;
const SIGN_OFF =
  /^\s*(?:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|regards|many thanks|thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|all the best|take care|respectfully|with thanks|speak soon)\s*[,.!]?\s*$/i;
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^\n]{0,60}$/i;
/** Twitter-style agent initials at the end: "^JS", "*MS", "/EX", "-Noemie". */
const TRAILING_INITIALS = /(?:^|\s)(?:[\^*/~]\s?[A-Z]{1,3}|[-–]\s?[A-Z][a-z]{1,15})\s*$/;
const LEADING_HANDLES = /^(?:\s*@\w{1,30})+\s*/;

/** Where quoted history starts, as a line index, or -1. */
function quoteCut(ls: Line[]): number {
  for (let i = 0; i < ls.length; i++) {
    const t = ls[i].text;
    if (QUOTE_HEADER.test(t) || ORIGINAL_MESSAGE.test(t)) return i;
    if (QUOTE_HEADER_START.test(t) && i + 1 < ls.length && WROTE_LINE.test(ls[i + 1].text)) return i;
    if (RULE_LINE.test(t) && i + 1 < ls.length && FROM_HEADER.test(ls[i + 1].text)) return i;
    if (FROM_HEADER.test(t) && i + 1 < ls.length && SENT_HEADER.test(ls[i + 1].text)) return i;
  }
  return -1;
}

/** A line as the user would write it in a sign-off list: trimmed, lower case, no closing comma or stop. */
const signOffKey = (line: string) => line.trim().replace(/[\s,.!:]+$/, '').toLowerCase();

/** Splits a draft into the writer's own text, greeting, signature and quoted history. `signOffs` are the user's own sign-off lines. */
export function regions(text: string, signOffs: readonly string[] = []): Regions {
  const ownSignOffs = new Set(signOffs.map(signOffKey).filter(Boolean));
  const isSignOff = (line: string) => SIGN_OFF.test(line) || (ownSignOffs.size > 0 && ownSignOffs.has(signOffKey(line)));
  const ls = lines(text);
  const quoted: Span[] = [];
  const cut = quoteCut(ls);
  const bodyLines = cut === -1 ? ls : ls.slice(0, cut);
  if (cut !== -1) quoted.push({ start: ls[cut].start, end: text.length });

  let bodyEnd = bodyLines.length ? bodyLines[bodyLines.length - 1].end : 0;
  let signature: Span | undefined;
  const sigDash = bodyLines.findIndex((l) => l.text === '-- ' || l.text === '--');
  if (sigDash !== -1) {
    signature = { start: bodyLines[sigDash].start, end: bodyEnd };
  } else {
    const filled = bodyLines.filter((l) => l.text.trim() !== '');
    for (let k = filled.length - 1; k >= Math.max(0, filled.length - 6); k--) {
      if (isSignOff(filled[k].text)) {
        const after = filled.slice(k + 1);
        if (after.every((l) => l.text.trim().length <= 60)) signature = { start: filled[k].start, end: bodyEnd };
        break;
      }
    }
    if (!signature && filled.length) {
      const last = filled[filled.length - 1];
      const m = TRAILING_INITIALS.exec(last.text);
      if (m) signature = { start: last.start + m.index + (m[0].length - m[0].trimStart().length), end: bodyEnd };
    }
  }
  if (signature) bodyEnd = signature.start;

  let greeting: Span | undefined;
  let bodyStart = 0;
  const handles = LEADING_HANDLES.exec(text);
  if (handles && handles[0].trim()) {
    greeting = { start: 0, end: handles[0].trimEnd().length };
    bodyStart = handles[0].length;
  } else {
    const first = bodyLines.find((l) => l.text.trim() !== '');
    if (first && first.end <= bodyEnd && GREETING.test(first.text) && /[,!:]\s*$|^\s*\S+(?:\s+\S+){0,3}\s*$/.test(first.text)) {
      greeting = { start: first.start + (first.text.length - first.text.trimStart().length), end: first.end };
      bodyStart = first.end;
    }
  }

  const own: Span[] = [];
  let runStart = -1;
  for (const l of bodyLines) {
    if (l.end <= bodyStart || l.start >= bodyEnd) continue;
    const isQuote = /^\s*>/.test(l.text);
    if (isQuote) {
      quoted.push({ start: l.start, end: l.end });
      if (runStart !== -1) own.push({ start: runStart, end: l.start });
      runStart = -1;
    } else if (runStart === -1) {
      runStart = Math.max(l.start, bodyStart);
    }
  }
  if (runStart !== -1 && runStart < bodyEnd) own.push({ start: runStart, end: bodyEnd });
  quoted.sort((a, b) => a.start - b.start);
  return { own, greeting, signature, quoted };
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'no', 'approx', 'inc', 'ltd', 'co', 'jr', 'sr', 'e.g', 'i.e', 'eg', 'ie', 'fig', 'dept', 'est', 'min', 'max', 'ref',
]);

export interface Sentence extends Span {
  text: string;
}

const END_MARK = /[\n.!?…‼⁉]/g;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
const isMark = (ch: string) => ch === '.' || ch === '!' || ch === '?' || ch === '…' || ch === '‼' || ch === '⁉';
const isCloser = (ch: string) => ch === '"' || ch === "'" || ch === '”' || ch === '’' || ch === ')' || ch === ']';

/** Sentences of the given spans, trimmed, with absolute offsets. Newlines always end a sentence. Linear time. */
export function sentences(text: string, spans: Span[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const span of spans) {
    let s = span.start;
    END_MARK.lastIndex = span.start;
    let m: RegExpExecArray | null;
    while ((m = END_MARK.exec(text)) && m.index < span.end) {
      const i = m.index;
      if (text[i] === '\n') {
        // A hard-wrapped line ("…the person on duty\nthat day.") goes on: no end mark before it, a lower-case word after it.
        if (/[^\s.!?:;,][ \t]{0,8}$/.test(text.slice(Math.max(s, i - 10), i)) && /^[ \t]{0,8}\p{Ll}/u.test(text.slice(i + 1, i + 10))) continue;
        push(s, i);
        s = i + 1;
        continue;
      }
      let j = i + 1;
      while (j < span.end && isMark(text[j])) j++;
      while (j < span.end && isCloser(text[j])) j++;
      if ((j >= span.end || isSpace(text.charCodeAt(j))) && !(text[i] === '.' && j === i + 1 && isAbbreviation(text, s, i))) {
        push(s, j);
        s = j;
      }
      END_MARK.lastIndex = j;
    }
    push(s, span.end);
  }
  return out;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let k = dot;
  while (k > from && /[\p{L}.]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

const EN_WORDS = new Set(
  'the a an to you your yours i we our us me my is are was were be been it its this that these those and or but of for in on at with from by as not no can could will would should please thanks thank sorry if so do does did have has had here there what when how why which who they them their he she his her just all any some more about up out into get got let know need want hope help order item refund'.split(
    ' ',
  ),
);
const FOREIGN_WORDS = new Set(
  'el la los las de del que y en un una por para con es está son lo le les des du et est une pour avec pas je vous nous il elle der die das und ist nicht ich sie mit ein eine auf für zu den dem het een ik je niet van il di che non è per con sono gli della ao não uma com para você obrigado gracias merci danke grazie bitte'.split(
    ' ',
  ),
);

/** Word counts that tell English from other languages; summed per sentence, so they stay incremental. */
export interface LanguageCounts {
  words: number;
  en: number;
  foreign: number;
  latin: number;
  other: number;
}

const WORD = /\p{L}+/gu;
const LATIN = /^[A-Za-z\u00C0-\u024F]+$/;

/** The letters of \p{L} below U+0250, without the `u` flag: the same words, found several times quicker. */
const LATIN_WORD = /[A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/g;
/** A character past U+024F: without one, a word regex may leave out the slower `u` flag. */
export const BEYOND_LATIN = /[^\u0000-\u024F]/;

export function languageCounts(text: string): LanguageCounts {
  const c: LanguageCounts = { words: 0, en: 0, foreign: 0, latin: 0, other: 0 };
  const re = BEYOND_LATIN.test(text) ? WORD : LATIN_WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    c.words++;
    const w = m[0];
    if (LATIN.test(w)) c.latin += w.length;
    else c.other += w.length;
    const lw = w.toLowerCase();
    if (EN_WORDS.has(lw)) c.en++;
    else if (FOREIGN_WORDS.has(lw)) c.foreign++;
  }
  return c;
}

/** Whether the counts read as English. Non-English text gets no findings rather than false ones. */
export function looksEnglish(c: LanguageCounts): boolean {
  if (c.words === 0) return true;
  if (c.other > c.latin) return false;
  if (c.words < 4) return c.foreign === 0 || c.en > 0;
  if (c.foreign > c.en) return false;
  return c.words < 8 || c.en / c.words >= 0.12;
}

export function isEnglish(text: string): boolean {
  return looksEnglish(languageCounts(text));
}
