/** Word-level differences between a draft and a rewrite, for the UI to show. Built on the `diff` package. */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** For a change in a rewrite: the finding (or missing part) that caused it. */
  why?: string;
}

/** A kept run this short, between two changes, reads better folded into them than left as a word in the middle. */
const isSliver = (text: string) => text.trim().length <= 3 && !text.includes('\n');

/**
 * The word diff, cleaned up for reading: a rewritten sentence shows as one deletion and one insertion
 * instead of word-by-word confetti. Removed and added texts still rebuild `before` and `after` exactly.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const raw: DiffPart[] = diffWordsWithSpace(before, after).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  raw.forEach((p, i) => {
    const inChange = removed !== '' || added !== '';
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if (inChange && i + 1 < raw.length && raw[i + 1].kind !== 'same' && isSliver(p.text)) {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      out.push(p);
    }
  });
  flush();
  return out;
}
