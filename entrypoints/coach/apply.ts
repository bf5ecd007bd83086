/**
 * The only code that writes into a site's editor: one strategy, verified, all or nothing.
 *
 * Snapshot the draft, then replace only the changed middle (never a bare insertion at the caret, which
 * Slate and Trix merge into the typing undo step) through the editor's own input path:
 * - a textarea takes execCommand('insertText'), so its native undo has the step;
 * - a contenteditable first gets a synthetic `beforeinput` (insertReplacementText with data, a
 *   dataTransfer and target ranges). An editor that takes it (cancels it, or re-renders from its
 *   model) is left to render and never written to twice; otherwise its fallback (editors.ts) runs:
 *   execCommand, a synthetic paste, or nothing for editors that listen only to `beforeinput`.
 * Then read the box (and the editor's model where this world can reach it) twice, a frame apart, and
 * accept only the exact rewrite. Unchanged: the caller copies the rewrite. Garbled: the snapshot goes
 * back through the same path.
 */
import { isTextField, rangeFor, readBox, type Box } from './editor-text';
import { editorKind, fallbacksFor, type EditorKind } from './editors';

/**
 * - `applied`: the box (and its model) holds exactly the new text.
 * - `unchanged`: the editor took nothing; the draft is as it was.
 * - `restored`: the editor garbled the write; the snapshot is back, exactly.
 * - `stuck`: garbled and the snapshot would not go back (the card offers "Restore my draft").
 * - `gone`: the box left the page (or its text changed under us) before the write was verified.
 */
export type WriteOutcome = 'applied' | 'unchanged' | 'restored' | 'stuck' | 'gone';

/** What the popup is told. */
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

/**
 * The span to replace: the changed middle, widened by a character of unchanged text (on the same
 * line) when it would be a bare insertion or a bare deletion, so the editor sees a replacement of a
 * selection. Slate and Trix merge a caret insertion into the typing before it, and Quill ignores a
 * collapsed target range.
 */
export function replacementSpan(before: string, after: string): { start: number; end: number; middle: string } {
  let { start, end, middle } = changedMiddle(before, after);
  if (start < end && middle !== '') return { start, end, middle };
  if (start > 0 && before[start - 1] !== '\n') start--;
  else if (end < before.length && before[end] !== '\n') end++;
  else return { start, end, middle };
  return { start, end, middle: after.slice(start, after.length - (before.length - end)) };
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

/**
 * How synthetic input events reach the page. In Chrome a content script's events carry their
 * dataTransfer and target ranges to the page's listeners. Firefox drops a dataTransfer set from the
 * content script, so a Firefox build swaps in a channel that dispatches from the page's world.
 */
export interface InputChannel {
  /** Sends `beforeinput`; returns whether the page cancelled it (an editor handled it). */
  beforeInput(target: Element, init: { inputType: string; text: string; range: StaticRange }): boolean;
  /** Sends a paste carrying text/plain; returns whether the page cancelled it. */
  paste(target: Element, text: string): boolean;
}

const textTransfer = (text: string) => {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  return dt;
};

export const contentScriptChannel: InputChannel = {
  beforeInput(target, { inputType, text, range }) {
    const event = new InputEvent('beforeinput', {
      inputType,
      data: text,
      dataTransfer: textTransfer(text),
      targetRanges: [range],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  },
  paste(target, text) {
    const event = new ClipboardEvent('paste', { clipboardData: textTransfer(text), bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  },
};

let channel: InputChannel = contentScriptChannel;
/** Swaps how events are sent (a page-world channel for Firefox, or a test double). */
export function useInputChannel(next: InputChannel) {
  channel = next;
}

const frame = (doc: Document) => new Promise<void>((r) => (doc.defaultView ?? window).requestAnimationFrame(() => r()));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The editor's model as text, where this (isolated) world can reach it: a textarea's value, Trix's
 * hidden input (its serialised document, parsed inert). Undefined where only the DOM is reachable.
 */
export function modelText(box: Box): string | undefined {
  if (isTextField(box)) return box.value;
  const trix = box.closest('trix-editor');
  const inputId = trix?.getAttribute('input');
  const input = inputId ? (box.getRootNode() as Document | ShadowRoot).getElementById?.(inputId) : null;
  if (input instanceof HTMLInputElement) {
    // DOMParser documents are inert: no script runs and nothing loads.
    const parsed = new DOMParser().parseFromString(input.value, 'text/html');
    return readBox(parsed.body).text;
  }
  return undefined;
}

/** What the box holds now: its DOM text and, where reachable, its model's. */
function readNow(box: Box): { dom: string; model?: string } {
  return { dom: readBox(box).text, model: modelText(box) };
}

const holds = (read: { dom: string; model?: string }, text: string) =>
  normalise(read.dom) === normalise(text) && (read.model === undefined || normalise(read.model) === normalise(text));

/** Selects [start, end) of the box's text, for the editor and for execCommand. */
async function select(box: Box, start: number, end: number): Promise<StaticRange | undefined> {
  box.focus();
  if (isTextField(box)) {
    box.setSelectionRange(start, end);
    return undefined;
  }
  const range = rangeFor(readBox(box), start, end);
  const sel = box.ownerDocument.getSelection();
  if (!range || !sel) throw new Error('no range');
  sel.removeAllRanges();
  sel.addRange(range);
  // Editors (CKEditor, Draft.js, Lexical) sync their model selection on selectionchange; let that land first.
  await sleep(30);
  return new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset });
}

/**
 * roosterjs keeps its own undo stack and snapshots it on a click in the box, but neither its paste nor
 * its input handling snapshots the typing before a change: the click a user makes before pasting.
 */
const SNAPSHOT_ON_CLICK = new Set<EditorKind>(['roosterjs']);

function click(box: Element) {
  const r = box.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, clientX: r.left + 1, clientY: r.top + 1 };
  box.dispatchEvent(new MouseEvent('mousedown', init));
  box.dispatchEvent(new MouseEvent('mouseup', init));
}

/** One write of `from` -> `to` through the editor's input path. Returns false when nothing could be sent. */
async function write(box: Box, kind: EditorKind, from: string, to: string): Promise<boolean> {
  const doc = box.ownerDocument;
  const { start, end, middle } = replacementSpan(from, to);
  if (SNAPSHOT_ON_CLICK.has(kind)) click(box);
  const range = await select(box, start, end);
  if (!box.isConnected) return false;
  if (isTextField(box)) {
    if (doc.execCommand('insertText', false, middle)) return true;
    // No execCommand (an old engine): the value's own replacement, announced as input.
    box.setRangeText(middle, start, end, 'end');
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: middle, bubbles: true }));
    return true;
  }
  // An editor may take an event without cancelling it and render from its model a frame later (Trix
  // with beforeinput, TinyMCE with paste): whichever changed the text took it, and nothing more is sent.
  const took = async (cancelled: boolean) => {
    if (cancelled) return true;
    await frame(doc);
    await frame(doc);
    return box.isConnected && readBox(box).text !== from;
  };
  if (await took(channel.beforeInput(box, { inputType: 'insertReplacementText', text: middle, range: range! }))) return true;
  for (const path of fallbacksFor(kind)) {
    if (!box.isConnected) return false;
    // The editor's render may have moved the DOM: select again before the next path.
    await select(box, start, end);
    if (path === 'paste') {
      if (await took(channel.paste(box, middle))) return true;
    } else {
      doc.execCommand('insertText', false, middle);
      return true;
    }
  }
  return false;
}

/** Waits (up to about half a second) until the box no longer holds `from`, then reads it twice a frame apart. */
async function settled(box: Box, from: string): Promise<{ dom: string; model?: string } | undefined> {
  const doc = box.ownerDocument;
  for (let i = 0; i < 20; i++) {
    await frame(doc);
    if (!box.isConnected) return undefined;
    if (readBox(box).text !== from) break;
    if (i >= 3) await sleep(20);
  }
  const first = readNow(box);
  await frame(doc);
  if (!box.isConnected) return undefined;
  const second = readNow(box);
  return first.dom === second.dom && first.model === second.model ? second : { dom: '\u0000unstable' };
}

/**
 * Replaces the box's own text with `next`, all or nothing. `snapshot` is the draft as the caller
 * last read it: if the box no longer holds it, nothing is written.
 */
export async function applyText(box: Box, snapshot: string, next: string, siteEditor?: EditorKind): Promise<WriteOutcome> {
  if (!box.isConnected) return 'gone';
  if (readBox(box).text !== snapshot) return 'gone';
  if (normalise(snapshot) === normalise(next)) return 'applied';
  const kind = editorKind(box, siteEditor);
  let after: { dom: string; model?: string } | undefined;
  try {
    if (!(await write(box, kind, snapshot, next))) return box.isConnected ? 'unchanged' : 'gone';
    after = await settled(box, snapshot);
  } catch {
    after = box.isConnected ? readNow(box) : undefined;
  }
  if (!after) return 'gone';
  if (holds(after, next)) return 'applied';
  if (holds(after, snapshot)) return 'unchanged';
  // Garbled: put the snapshot back through the same path, and check that too.
  try {
    const now = readBox(box).text;
    if (await write(box, kind, now, snapshot)) {
      const back = await settled(box, now);
      if (back && holds(back, snapshot)) return 'restored';
    }
  } catch {
    /* fall through: the card offers "Restore my draft" and both texts are on the clipboard */
  }
  return box.isConnected ? 'stuck' : 'gone';
}
