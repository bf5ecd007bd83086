/** A site adapter: which editor its reply box is, the customer's last message and the send button. */
import type { EditorKind } from '../entrypoints/coach/editors';

export interface SiteAdapter {
  id: string;
  /** Match patterns for the content script. */
  matches: string[];
  /**
   * The editor the site's reply box is built on. Apply follows the box's own fingerprint first; this
   * names editors that carry none (roosterjs) and documents the README's editor matrix.
   */
  editor: EditorKind;
  incomingMessage(root: Document): string | undefined;
  /** Where the customer's message is on the page, when the adapter knows: the coach's panel keeps off it. */
  incomingElement?(root: Document): Element | null;
  /** The send control inside root (a document or one compose window), or null where no stable attribute names it. */
  sendButton(root: ParentNode): Element | null;
  /** Whether the site sends on Ctrl+Enter (Cmd+Enter on a Mac) in the reply box. */
  sendsOnModEnter: boolean;
}

/** The last element matching a selector. */
export function lastElement(root: Document, selector: string): Element | null {
  const all = root.querySelectorAll(selector);
  return all[all.length - 1] ?? null;
}

/** The text of the last element matching a selector, trimmed and bounded. */
export function lastText(root: Document, selector: string): string | undefined {
  const el = lastElement(root, selector) as HTMLElement | null;
  const text = el?.innerText ?? el?.textContent ?? '';
  return text.trim() ? text.trim().slice(0, 5000) : undefined;
}
