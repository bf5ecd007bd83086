/**
 * The only code that writes into a site's editor. It replaces just the part of the draft that changed,
 * through the editor's own input path (execCommand insertText), so one Ctrl+Z restores the draft,
 * then re-reads the box to verify. If the editor did not take the text, the rewrite goes to the clipboard.
 */
import { isTextField, rangeFor, readBox, type Box } from './editor-text';

export type ApplyResult = 'applied' | 'copied' | 'failed';

const normalise = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').replace(/\n+$/, '');

/** The changed middle of two texts: [start, endOld) in the old text becomes `middle`. */
export function changedMiddle(before: string, after: string): { start: number; end: number; middle: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endOld = before.length;
  let endNew = after.length;
  while (endOld > start && endNew > start && before[endOld - 1] === after[endNew - 1]) {
    endOld--;
    endNew--;
  }
  return { start, end: endOld, middle: after.slice(start, endNew) };
}

export async function copyText(text: string, doc: Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older pages: a hidden textarea in our own shadow-free fallback, removed at once.
    const ta = doc.createElement('textarea');
    ta.value = text;
    ta.setAttribute('data-reply-coach-copy', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    doc.body.appendChild(ta);
    ta.select();
    const ok = doc.execCommand('copy');
    ta.remove();
    return ok;
  }
}

/** Writes `rewrite` (the new own text of the box) into the editor. */
export async function applyRewrite(box: Box, rewrite: string): Promise<ApplyResult> {
  const doc = box.ownerDocument;
  const before = readBox(box);
  if (normalise(before.text) === normalise(rewrite)) return 'applied';
  const { start, end, middle } = changedMiddle(before.text, rewrite);
  box.focus();
  if (isTextField(box)) {
    box.setSelectionRange(start, end);
  } else {
    const range = rangeFor(before, start, end);
    const sel = doc.getSelection();
    if (!range || !sel) return (await copyText(rewrite, doc)) ? 'copied' : 'failed';
    sel.removeAllRanges();
    sel.addRange(range);
    // Editors (CKEditor, Draft.js) sync their model selection on selectionchange; let that land first.
    await new Promise((r) => setTimeout(r, 30));
  }
  if (middle === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, middle);
  // Some editors update their model asynchronously; give them a frame before checking.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  if (normalise(readBox(box).text) === normalise(rewrite)) return 'applied';
  return (await copyText(rewrite, doc)) ? 'copied' : 'failed';
}
