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
    // Without clipboard access: a hidden textarea and the copy command, removed at once.
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

/** Rich editors, told apart by their stable fingerprints. */
export const EDITOR_FINGERPRINTS: [string, string][] = [
  ['prosemirror', '.ProseMirror'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['draftjs', '.public-DraftEditor-content'],
  ['ckeditor5', '.ck-editor__editable'],
  ['quill', '.ql-editor'],
  ['trix', 'trix-editor'],
];

export function editorKind(box: Element): string {
  return EDITOR_FINGERPRINTS.find(([, sel]) => box.matches(sel) || box.closest(sel))?.[0] ?? (isTextField(box) ? 'textarea' : 'contenteditable');
}

/** Editors that take text through their paste handler rather than execCommand. */
const PASTE_FIRST = new Set(['ckeditor5']);

/** A paste event carrying the text, for the editor's own paste handler. DOM events reach the page's listeners from this world too. */
function pasteText(box: Element, text: string): boolean {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
  box.dispatchEvent(paste);
  return paste.defaultPrevented;
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
  else if (!(PASTE_FIRST.has(editorKind(box)) && pasteText(box, middle))) doc.execCommand('insertText', false, middle);
  // Some editors update their model asynchronously; give them a frame before checking.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  if (normalise(readBox(box).text) === normalise(rewrite)) return 'applied';
  return (await copyText(rewrite, doc)) ? 'copied' : 'failed';
}
