/**
 * The shape of a draft as a rewrite sees it: what comes before the body (greeting), the body's paragraphs of
 * sentences, and what comes after it (sign-off, signature, quoted history). Only the body is rewritten.
 */
import { regions, sentences, type Span } from '../text';
import { isDictionaryWord, isNameWord } from '../nlp';

export interface BodySentence extends Span {
  text: string;
  /** Whitespace between the previous sentence (or the body's start) and this one. */
  gap: string;
  /** The few characters before the sentence: a capitalised first word after "Dear Guest, " reads as a name. */
  before: string;
}

export interface Structure {
  /** Text before the body, byte for byte: greeting and anything before it. */
  head: string;
  /** The body: the writer's own sentences, in order. */
  body: BodySentence[];
  /** Offset where the body starts and ends in the draft. */
  start: number;
  end: number;
  /** Text after the body, byte for byte: sign-off, signature, quoted history. */
  tail: string;
  /** Quoted lines inside the body: their presence means the body is not rewritten as one piece. */
  interleaved: boolean;
}

/** "Hi Bethany, we're swamped…": a greeting that shares its line with the first sentence. */
const INLINE_GREETING = /^(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^,!.:\n?]{0,30}[,!:]|(?:dear|hi|hello) (?:guest|sir|madam|customer|user|friend|all|there)\b(?! (?:is|was|are|were|has|had)\b))\s*/i;
/** A name alone before a comma at the start of the body: "Agnes, …", "Ca Tang, …". */
const VOCATIVE = /^(\p{Lu}[\p{Ll}'’-]+)(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?,[ \t]+(?=\S)/u;
/** A closing line that is a sign-off with a name, or a name alone: "Thanks, Dave", "Dave", "- The Acme team". */
const SIGN_OFF_WORDS = String.raw`(?:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|regards|many thanks|thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|cheers|sincerely|yours(?: sincerely| truly)?|all the best|take care|speak soon)`;
const SIGN_OFF_LINE = new RegExp(String.raw`^\s*${SIGN_OFF_WORDS}[ \t]*[,.!]?(?:[ \t]+[-–—]?[ \t]?\p{Lu}[\p{L}'’.-]{0,20}(?:[ \t]+\p{Lu}[\p{L}'’.-]{0,20}){0,3})?[ \t]*[.!]?\s*$`, 'iu');
const NAME_LINE = /^\s*[-–—~]?\s?(?:the\s)?\p{Lu}[\p{L}'’.-]{0,20}(?:[ \t]\p{Lu}[\p{L}'’.&-]{0,20}){0,3}(?:[ \t](?:team|support|customer care))?\s*$/u;

function lastLineStart(text: string, end: number, from: number): number {
  const nl = text.lastIndexOf('\n', end - 1);
  return nl < from ? from : nl + 1;
}

/** Splits a draft into head, body sentences and tail. `signOffs` are the user's own sign-off lines. */
export function structure(text: string, signOffs?: readonly string[]): Structure {
  const reg = regions(text, signOffs);
  const own = reg.own.filter((s) => text.slice(s.start, s.end).trim() !== '');
  if (!own.length) return { head: text, body: [], start: text.length, end: text.length, tail: '', interleaved: false };
  let start = own[0].start;
  let end = own[own.length - 1].end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // A greeting on the first line of the body stays as it is.
  const greet = INLINE_GREETING.exec(text.slice(start, Math.min(end, start + 60)));
  if (greet && !reg.greeting && start + greet[0].length < end) start += greet[0].length;
  else if (!reg.greeting) {
    // "Agnes, apologies…": a name alone, then a comma, greets the customer as "Hi Agnes," would.
    const named = VOCATIVE.exec(text.slice(start, Math.min(end, start + 40)));
    const first = named?.[1].toLowerCase() ?? '';
    if (named && start + named[0].length < end && (isNameWord(first) || !isDictionaryWord(first))) start += named[0].length;
  }
  // A sign-off or a name on the last lines of the body belongs to the signature.
  for (let k = 0; k < 2 && end > start; k++) {
    const ls = lastLineStart(text, end, start);
    if (ls === start) break;
    const line = text.slice(ls, end);
    if (!(SIGN_OFF_LINE.test(line) || (k === 0 && NAME_LINE.test(line) && !/[.!?]\s*$/.test(line)))) break;
    end = ls;
    while (end > start && /\s/.test(text[end - 1])) end--;
  }
  // "… Let me know. Thanks, Dave" on one line: the last sentence is the sign-off.
  const spans = own.map((s) => ({ start: Math.max(s.start, start), end: Math.min(s.end, end) })).filter((s) => s.end > s.start);
  let ss = sentences(text, spans);
  const last = ss[ss.length - 1];
  if (ss.length > 1 && last && SIGN_OFF_LINE.test(last.text) && /\p{Lu}/u.test(last.text.slice(1))) {
    end = ss[ss.length - 2].end;
    ss = ss.slice(0, -1);
  }
  const interleaved = reg.quoted.some((q) => q.start > start && q.end < end);
  const body: BodySentence[] = [];
  let pos = start;
  for (const s of ss) {
    body.push({ ...s, gap: text.slice(pos, s.start), before: text.slice(Math.max(0, s.start - 4), s.start) });
    pos = s.end;
  }
  return { head: text.slice(0, start), body, start, end, tail: text.slice(end), interleaved };
}

export const STRUCTURE_PATTERNS: RegExp[] = [INLINE_GREETING, SIGN_OFF_LINE, NAME_LINE, VOCATIVE];
