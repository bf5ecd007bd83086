/** A site adapter: where its reply box, the customer's last message and the send button are. */
export interface SiteAdapter {
  id: string;
  /** Match patterns for the content script. */
  matches: string[];
  replyBox(root: Document): Element | null;
  incomingMessage(root: Document): string | undefined;
  sendButton(root: Document): Element | null;
}

/** The text of the last element matching a selector, trimmed and bounded. */
export function lastText(root: Document, selector: string): string | undefined {
  const all = root.querySelectorAll<HTMLElement>(selector);
  const el = all[all.length - 1];
  const text = el?.innerText ?? el?.textContent ?? '';
  return text.trim() ? text.trim().slice(0, 5000) : undefined;
}
