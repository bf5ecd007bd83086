/** Applies findings' own fixes to a text, tidily: what a one-click fix and the rule tests use. */
import type { Finding } from '../types';

const SENTENCE_START = /(?:^|[.!?]["')\]]?\s+|\n\s*)$/;

/**
 * Applies each finding's replacement, left to right (a later finding overlapping an earlier one is skipped).
 * A deletion takes its neighbouring comma or space with it, an emptied sentence goes, and a sentence that
 * now starts with a lower-case letter gets a capital.
 */
export function applyFixes(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'replacement'>[]): string {
  let out = '';
  let pos = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (f.replacement === undefined || f.start < pos) continue;
    out += text.slice(pos, f.start);
    pos = f.end;
    const atStart = SENTENCE_START.test(out);
    if (f.replacement === '') {
      const rest = text.slice(pos);
      if (!rest.trim()) {
        out = out.trimEnd();
        pos = text.length;
        continue;
      }
      if (atStart) {
        // "Sorry, the courier…" -> "The courier…"; "Sorry once more." -> gone.
        const lead = /^[\s,;:–—-]*/.exec(rest)![0];
        pos += lead.length;
        if (/^[.!?]+/.test(text.slice(pos))) {
          pos += /^[.!?]+\s*/.exec(text.slice(pos))![0].length;
          out = out.replace(/\s+$/, out.endsWith('\n') ? '\n' : ' ');
          if (pos >= text.length) out = out.trimEnd();
        }
      } else {
        // "…, which is fine" keeps one space; "word ," loses the space.
        out = out.replace(/[ \t]+$/, '');
        if (/^[\s]*[,;:]/.test(rest) && /[,;:]$/.test(out)) pos += /^\s*[,;:]/.exec(rest)![0].length;
        if (/^[ \t]*[.!?,;:)]/.test(rest)) pos += /^[ \t]*/.exec(rest)![0].length;
        else if (out && !/\s$/.test(out) && /^[ \t]/.test(rest)) {
          out += ' ';
          pos += /^[ \t]+/.exec(rest)![0].length;
        }
      }
    } else {
      // At a sentence's start the replacement takes a capital, unless the writer began in lower case.
      const upper = atStart && !/^\p{Ll}/u.test(text.slice(f.start, f.end));
      out += upper ? f.replacement.charAt(0).toUpperCase() + f.replacement.slice(1) : f.replacement;
      continue;
    }
    const next = text.slice(pos);
    if (SENTENCE_START.test(out) && /^\p{Ll}/u.test(next)) {
      out += next.charAt(0).toUpperCase();
      pos++;
    }
  }
  return (out + text.slice(pos)).replace(/[ \t]*[,;:][ \t]*(?=[.!?](?:\s|$))/g, '');
}
