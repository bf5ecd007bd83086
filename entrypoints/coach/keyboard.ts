/**
 * The keyboard from inside the reply box: one Shift+Tab reaches the finding card when one is open,
 * else the badge; Escape closes what is open without leaving the box; typing closes cards. The
 * browser's shortcut (commands, Alt+Shift+R by default) reaches us as a message: popup-requests.ts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardStore } from './card-store';

export interface KeyboardDeps {
  cards: CardStore;
  activeBox(): HTMLElement | undefined;
  /** The user typed in the box: the tooltip, the card and the panel go. */
  typed(): void;
}

/** Keys that change nothing in the box. */
const NAVIGATION = /^(?:Shift|Control|Alt|Meta|CapsLock|Tab|Escape|Arrow\w+|Home|End|PageUp|PageDown|F\d+|ContextMenu)$/;

export function startKeyboard(ctx: ContentScriptContext, deps: KeyboardDeps) {
  const { cards } = deps;
  const onKey = (e: KeyboardEvent) => {
    const box = deps.activeBox();
    if (!box || !e.isTrusted || !e.composedPath().includes(box)) return;
    const st = cards.get();
    if (e.key === 'Tab' && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && st.rect) {
      e.preventDefault();
      e.stopPropagation();
      if (st.card) cards.set({ card: { ...st.card, pinned: true, focus: true }, tip: undefined });
      else cards.set({ focusBadge: st.focusBadge + 1, tip: undefined });
      return;
    }
    if (e.key === 'Escape') {
      if (!st.card && !st.panel && !st.tip) return; // the site's own Escape (close the compose window) stays the site's
      e.preventDefault();
      e.stopPropagation();
      cards.set({ card: undefined, panel: false, tip: undefined });
      return;
    }
    if (!e.ctrlKey && !e.metaKey && !NAVIGATION.test(e.key)) deps.typed();
  };
  ctx.addEventListener(document, 'keydown', onKey as EventListener, { capture: true });
}

/**
 * The element Shift+Tab from `box` would reach: the focusable element just before it in document
 * order. The badge sits outside the page's tab order, so Shift+Tab from the badge goes on to there.
 */
export function previousFocusable(box: HTMLElement): HTMLElement | undefined {
  const doc = box.ownerDocument;
  const all = [...doc.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex], [contenteditable=""], [contenteditable="true"]')].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
  // A box inside a shadow root is compared by its host.
  let anchor: Element = box;
  while (!anchor.isConnected || anchor.getRootNode() !== doc) {
    const root = anchor.getRootNode();
    if (!(root instanceof ShadowRoot)) return undefined;
    anchor = root.host;
  }
  const before = all.filter((el) => el !== anchor && !el.contains(anchor) && anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  return before[before.length - 1];
}
