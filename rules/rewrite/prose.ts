/**
 * The prose check: what a rewrite introduced must read as English a seller would send. Only sentences the
 * draft did not already have are judged, and the greeting and sign-off must be where they were.
 */
import { sentences } from '../text';
import { structure } from './structure';

const RUN = /[.!?,;:][ \t]*[.,;:]|[ \t][,.;:!?]|,[.!?]/;
/** Words with the spaces after them; adjacent equal words are compared in code (a backreference can backtrack). */
const WORDS = /(\p{L}+)([ \t]*)/gu;

function doubled(text: string): string | undefined {
  let prev: string | undefined;
  let gap = '';
  for (const m of text.matchAll(WORDS)) {
    const w = m[1].toLowerCase();
    if (prev === w && gap !== '') return w;
    prev = w;
    gap = m[2];
  }
  return undefined;
}
const DISAGREE = /\b(?:I (?:is|are|has|was not|were)|you (?:is|was|am|has)|we (?:is|was|am|has)|they (?:is|was|am|has)|(?:he|she|it) (?:are|am|were|have))\b/;
const START = /^["'“‘(\[{]?[\p{Lu}\p{N}$€£[{]/u;
const END = /[.!?…]["'”’)\]]?$/;

/** Problems in what `after` added to `before`; empty when it reads well. */
export function proseProblems(before: string, after: string, signOffs?: readonly string[]): string[] {
  const out: string[] = [];
  if (!after.trim()) return ['empty'];
  if (after === before) return out;
  const st = structure(before, signOffs);
  if (!after.startsWith(st.head)) out.push('text before the greeting, or the greeting changed');
  if (!after.endsWith(st.tail)) out.push('text after the sign-off, or the sign-off changed');
  const body = after.slice(st.head.length, after.length - st.tail.length);
  const old = new Set(st.body.map((s) => s.text));
  const inline = /,[ \t]*$/.test(st.head) && !/\n[ \t]*$/.test(st.head) && st.head.trim() !== '';
  sentences(body, [{ start: 0, end: body.length }]).forEach((s, i) => {
    if (old.has(s.text)) return;
    if (!(i === 0 && inline) && !START.test(s.text)) out.push(`no capital: ${s.text}`);
    if (!END.test(s.text)) out.push(`no terminal punctuation: ${s.text}`);
    const run = RUN.exec(s.text.replace(/\.\.\./g, '…'));
    // A seam the writer typed themselves is theirs, not the rewrite's.
    if (run && !before.includes(run[0])) out.push(`punctuation run: ${s.text}`);
    const d = doubled(s.text);
    if (d && !/^(?:that|had|is)$/i.test(d)) out.push(`doubled word "${d}": ${s.text}`);
    if (DISAGREE.test(s.text)) out.push(`subject and verb disagree: ${s.text}`);
  });
  return out;
}

export const PROSE_PATTERNS: RegExp[] = [RUN, WORDS, DISAGREE, START, END];
