/** Reply box -> plain text with an offset map, and offsets -> DOM ranges. Leaves out quoted history and signatures. */

export type Box = HTMLTextAreaElement | HTMLElement;

/** A run of text that lives in one DOM text node: text[start, end) === node.data[nodeStart, nodeStart + end - start). */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
}

export interface BoxText {
  text: string;
  /** Empty for textareas, whose offsets are the value's own. */
  segments: Segment[];
}

/** Quoted history and signatures in webmail editors: Gmail, Outlook, Thunderbird, Apple Mail, Yahoo, Proton. */
const SKIP = [
  'blockquote',
  '.gmail_quote',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.moz-cite-prefix',
  '.moz-signature',
  '.yahoo_quoted',
  '.protonmail_quote',
  '.protonmail_signature_block',
  '[data-reply-coach-skip]',
].join(',');
/** Markers after which everything is history (Outlook's reply header). */
const STOP = '#appendonsend, #divRplyFwdMsg, #x_divRplyFwdMsg, .OutlookMessageHeader';
const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

export function isTextField(box: Element): box is HTMLTextAreaElement {
  return box instanceof HTMLTextAreaElement || box.tagName === 'TEXTAREA';
}

export function readBox(box: Box): BoxText {
  if (isTextField(box)) return { text: box.value, segments: [] };
  const segments: Segment[] = [];
  let text = '';
  let stopped = false;
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data) {
          segments.push({ start: text.length, end: text.length + data.length, node: child as Text, nodeStart: 0 });
          text += data;
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.matches(STOP)) {
          stopped = true;
          return;
        }
        if (el.matches(SKIP)) continue;
        if (el.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK.test(el.tagName);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(box);
  return { text, segments };
}

/** The DOM position of a text offset; at a segment boundary, the earlier segment's end. */
function position(bt: BoxText, offset: number): { node: Text; offset: number } | undefined {
  const segs = bt.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return { node: s.node, offset: s.nodeStart + offset - s.start };
  }
  // An offset on a newline we added between blocks: the next segment's start.
  const next = segs.find((s) => s.start >= offset);
  return next ? { node: next.node, offset: next.nodeStart } : undefined;
}

/** A live Range for text offsets [start, end) of a contenteditable box, or undefined when the DOM moved on. */
export function rangeFor(bt: BoxText, start: number, end: number): Range | undefined {
  const a = position(bt, start);
  const b = position(bt, end);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return undefined;
  if (a.offset > a.node.length || b.offset > b.node.length) return undefined;
  const r = a.node.ownerDocument.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/** The text offset of a DOM point inside the box (for clicks and the caret), or -1. */
export function offsetOf(bt: BoxText, node: Node, nodeOffset: number): number {
  for (const s of bt.segments) {
    if (s.node === node && nodeOffset >= s.nodeStart && nodeOffset - s.nodeStart <= s.end - s.start) return s.start + nodeOffset - s.nodeStart;
  }
  return -1;
}
