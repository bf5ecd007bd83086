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

/** Splits a draft into the writer's own text, greeting, signature and quoted history. */
export function regions(text: string): Regions {
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
      if (SIGN_OFF.test(filled[k].text)) {
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

/** Sentences of the given spans, trimmed, with absolute offsets. Newlines always end a sentence. Linear time. */
export function sentences(text: string, spans: Span[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const span of spans) {
    let s = span.start;
    let i = span.start;
    while (i < span.end) {
      const c = text[i];
      if (c === '\n') {
        push(s, i);
        s = i + 1;
        i++;
        continue;
      }
      if (c === '.' || c === '!' || c === '?' || c === '…' || c === '‼' || c === '⁉') {
        let j = i + 1;
        while (j < span.end && /[.!?…‼⁉]/.test(text[j])) j++;
        while (j < span.end && /["'”’)\]]/.test(text[j])) j++;
        if (j >= span.end || /\s/.test(text[j])) {
          if (c === '.' && j === i + 1 && isAbbreviation(text, s, i)) {
            i = j;
            continue;
          }
          push(s, j);
          s = j;
        }
        i = j;
        continue;
      }
      i++;
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

/**
 * Whether text reads as English. Non-English text gets no findings rather than false ones.
 * Looks at most at the first 4,000 words, so it stays cheap on every keystroke.
 */
export function isEnglish(text: string): boolean {
  let latin = 0;
  let other = 0;
  let en = 0;
  let foreign = 0;
  let words = 0;
  const re = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && words < 4000) {
    words++;
    const w = m[0];
    if (/^[A-Za-z\u00C0-\u024F]+$/.test(w)) latin += w.length;
    else other += w.length;
    const lw = w.toLowerCase();
    if (EN_WORDS.has(lw)) en++;
    else if (FOREIGN_WORDS.has(lw)) foreign++;
  }
  if (words === 0) return true;
  if (other > latin) return false;
  if (words < 4) return foreign === 0 || en > 0;
  if (foreign > en) return false;
  return words < 8 || en / words >= 0.12;
}
