/**
 * Underlines without touching the editor: the CSS Custom Highlight API for contenteditable boxes,
 * and a mirrored overlay (in our own shadow root) for textareas.
 */
import type { Finding, Severity } from '../../rules/types';
import { rangeFor, type BoxText } from './editor-text';

export const SEVERITY_COLOUR: Record<Severity, string> = { high: '#d93025', medium: '#e37400', low: '#1a73e8' };
const NAMES: Record<Severity, string> = { high: 'reply-coach-high', medium: 'reply-coach-medium', low: 'reply-coach-low' };
const STYLE_ID = 'reply-coach-highlight-style';
/** The tint behind flagged words where an underline alone may not be drawn (hex alpha: light enough to read through). */
const TINT_ALPHA = '38';

/**
 * How rich-editor underlines look:
 * - `underline`: a wavy underline through ::highlight(), where the engine is known to draw text-decoration there;
 * - `tint`: the same underline plus a severity-coloured background tint. Firefox 140 to 145 draw only
 *   `color` and `background-color` in ::highlight() (text-decoration from 146), so there the tint is what
 *   shows; where the underline is drawn too, the user sees both.
 */
export type HighlightLook = 'underline' | 'tint';

const cssText = (look: HighlightLook) =>
  (Object.keys(NAMES) as Severity[])
    .map(
      (s) =>
        `::highlight(${NAMES[s]}){text-decoration:underline wavy ${SEVERITY_COLOUR[s]};text-decoration-skip-ink:none;text-underline-offset:3px;text-decoration-thickness:1.5px` +
        (look === 'tint' ? `;background-color:${SEVERITY_COLOUR[s]}${TINT_ALPHA}}` : '}'),
    )
    .join('\n');

const PROBE = 'reply-coach-probe';

/**
 * Whether this engine styles text-decoration in ::highlight() at all, measured on an offscreen probe in our
 * own shadow root. Only a "no" is conclusive: Firefox 140 to 145 compute the decoration and never paint it
 * (checked against a screenshot of 140.12), and a content script cannot read back pixels (no canvas renders
 * a document's highlights; captureTab needs <all_urls>).
 */
export function computesHighlightDecoration(container: HTMLElement): boolean {
  const doc = container.ownerDocument;
  const probe = doc.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:fixed;left:-9999px;top:0;visibility:hidden;pointer-events:none';
  const style = doc.createElement('style');
  style.textContent = `::highlight(${PROBE}){text-decoration:underline}`;
  const span = doc.createElement('span');
  span.textContent = 'x';
  probe.append(style, span);
  container.appendChild(probe);
  try {
    return getComputedStyle(span, `::highlight(${PROBE})`).textDecorationLine.includes('underline');
  } catch {
    return false;
  } finally {
    probe.remove();
  }
}

let look: HighlightLook | undefined;

/**
 * The look, decided once per page. A Firefox build always adds the tint: there, whether ::highlight()
 * paints text-decoration cannot be measured from a content script, and a computed "underline" is no proof.
 */
export function highlightLook(container: HTMLElement): HighlightLook {
  if (look) return look;
  if (import.meta.env.MODE === 'e2e') {
    // e2e builds only: a fixture page may force either look, to screenshot both on one browser.
    const forced = container.ownerDocument.documentElement.getAttribute('data-reply-coach-test-look');
    if (forced === 'underline' || forced === 'tint') return (look = forced);
  }
  return (look = import.meta.env.FIREFOX || !computesHighlightDecoration(container) ? 'tint' : 'underline');
}

const supportsHighlights = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Ranges per box, merged into one Highlight per severity across all boxes of the document. */
const boxRanges = new Map<Element, { severity: Severity; range: Range }[]>();

function ensureStyle(root: Document | ShadowRoot, look: HighlightLook) {
  const host = root instanceof Document ? root.head ?? root.documentElement : root;
  if (!host || root.querySelector?.(`#${STYLE_ID}`)) return;
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.id = STYLE_ID;
  style.textContent = cssText(look);
  style.setAttribute('data-look', look);
  host.appendChild(style);
}

function repaint() {
  if (!supportsHighlights()) return;
  for (const s of Object.keys(NAMES) as Severity[]) {
    const ranges: Range[] = [];
    for (const [box, list] of boxRanges) {
      if (!box.isConnected) boxRanges.delete(box);
      else for (const r of list) if (r.severity === s) ranges.push(r.range);
    }
    if (ranges.length) CSS.highlights.set(NAMES[s], new Highlight(...ranges));
    else CSS.highlights.delete(NAMES[s]);
  }
}

/**
 * Underlines findings in a contenteditable box. Returns false when the API is missing (the overlay takes over).
 * `container` is in our own shadow root: where the look is measured.
 */
export function highlightDom(box: HTMLElement, bt: BoxText, findings: readonly Finding[], container: HTMLElement): boolean {
  if (!supportsHighlights()) return false;
  const l = highlightLook(container);
  ensureStyle(document, l);
  const root = box.getRootNode();
  if (root instanceof ShadowRoot) ensureStyle(root, l);
  const list: { severity: Severity; range: Range }[] = [];
  for (const f of findings) {
    const range = rangeFor(bt, f.start, f.end);
    if (range) list.push({ severity: f.severity, range });
  }
  boxRanges.set(box, list);
  repaint();
  return true;
}

export function clearHighlights(box?: Element) {
  if (box) boxRanges.delete(box);
  else boxRanges.clear();
  repaint();
}

const MIRRORED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'wordSpacing', 'tabSize', 'direction', 'textAlign',
] as const;

/**
 * A transparent copy of a textarea's text, laid exactly over it, whose flagged runs are underlined.
 * It lives in our shadow root and ignores the pointer, so the textarea keeps working as before.
 */
export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly inner: HTMLDivElement;
  /** The findings drawn, in the order of their spans (overlapping ones are skipped). */
  rendered: Finding[] = [];

  constructor(
    private readonly box: HTMLTextAreaElement,
    container: HTMLElement,
  ) {
    const doc = container.ownerDocument;
    this.element = doc.createElement('div');
    this.element.setAttribute('data-reply-coach-mirror', '');
    this.element.setAttribute('aria-hidden', 'true');
    this.inner = doc.createElement('div');
    this.element.appendChild(this.inner);
    container.appendChild(this.element);
    this.sync();
  }

  /** Copies position, size, font and scroll from the textarea. */
  sync() {
    const cs = getComputedStyle(this.box);
    const rect = this.box.getBoundingClientRect();
    const st = this.element.style;
    st.position = 'fixed';
    st.left = `${rect.left}px`;
    st.top = `${rect.top}px`;
    st.pointerEvents = 'none';
    st.overflow = 'hidden';
    st.color = 'transparent';
    st.whiteSpace = 'pre-wrap';
    st.overflowWrap = 'break-word';
    st.borderColor = 'transparent';
    st.background = 'transparent';
    st.margin = '0';
    st.zIndex = '2147483646';
    for (const k of MIRRORED) (st as unknown as Record<string, string>)[k] = (cs as unknown as Record<string, string>)[k];
    st.width = `${rect.width}px`;
    st.height = `${rect.height}px`;
    this.inner.style.transform = `translate(${-this.box.scrollLeft}px, ${-this.box.scrollTop}px)`;
  }

  /** Rebuilds the mirrored text with underlined runs (text nodes and spans only; no HTML parsing). */
  render(text: string, findings: readonly Finding[]) {
    const doc = this.inner.ownerDocument;
    this.inner.replaceChildren();
    this.rendered = [];
    let pos = 0;
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.start < pos) continue;
      this.rendered.push(f);
      this.inner.append(doc.createTextNode(text.slice(pos, f.start)));
      const mark = doc.createElement('span');
      mark.setAttribute('data-severity', f.severity);
      mark.style.textDecoration = `underline wavy ${SEVERITY_COLOUR[f.severity]}`;
      mark.style.textDecorationSkipInk = 'none';
      mark.style.textUnderlineOffset = '3px';
      mark.textContent = text.slice(f.start, f.end);
      this.inner.append(mark);
      pos = f.end;
    }
    // A trailing newline needs a character after it to keep its line.
    this.inner.append(doc.createTextNode(text.slice(pos) + '\u200b'));
    this.sync();
  }

  remove() {
    this.element.remove();
  }
}

/**
 * Underlines drawn as thin bars under each range's on-screen boxes, in our shadow root: the fallback
 * for browsers without the Highlight API. The editor's DOM is never touched.
 */
export class OverlayUnderlines {
  private readonly layer: HTMLDivElement;

  constructor(container: HTMLElement) {
    this.layer = container.ownerDocument.createElement('div');
    this.layer.setAttribute('data-reply-coach-overlay', '');
    this.layer.setAttribute('aria-hidden', 'true');
    container.appendChild(this.layer);
  }

  render(bt: BoxText, findings: readonly Finding[]) {
    const doc = this.layer.ownerDocument;
    this.layer.replaceChildren();
    for (const f of findings) {
      const range = rangeFor(bt, f.start, f.end);
      if (!range) continue;
      for (const r of range.getClientRects()) {
        const bar = doc.createElement('div');
        bar.setAttribute('data-severity', f.severity);
        Object.assign(bar.style, {
          position: 'fixed',
          left: `${r.left}px`,
          top: `${r.bottom - 1}px`,
          width: `${r.width}px`,
          height: '2px',
          background: SEVERITY_COLOUR[f.severity],
          pointerEvents: 'none',
          zIndex: '2147483646',
        });
        this.layer.appendChild(bar);
      }
    }
  }

  get underlineCount() {
    return this.layer.childElementCount;
  }

  remove() {
    this.layer.remove();
  }
}
