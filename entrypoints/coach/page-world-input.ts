/**
 * Firefox: synthetic input events made and sent in the page's own world. Firefox keeps a content script's
 * objects behind Xray wrappers, so a DataTransfer built here reaches the page's listeners empty (Lexical
 * then replaces the selection with nothing). Built from the page's constructors (through wrappedJSObject,
 * no script injected, so a strict CSP does not matter), the event carries its text like a real one.
 */
import type { InputChannel } from './apply';

type CloneInto = <T>(value: T, target: object, options?: { cloneFunctions?: boolean; wrapReflectors?: boolean }) => T;
interface PageWorld {
  DataTransfer: typeof DataTransfer;
  InputEvent: typeof InputEvent;
  ClipboardEvent: typeof ClipboardEvent;
  StaticRange: typeof StaticRange;
}

/** The page-world channel, where this engine has one (a Firefox content script); undefined elsewhere. */
export function pageWorldChannel(): InputChannel | undefined {
  const g = globalThis as unknown as { cloneInto?: CloneInto };
  const page = (window as unknown as { wrappedJSObject?: PageWorld }).wrappedJSObject;
  const cloneInto = g.cloneInto;
  if (!page || typeof cloneInto !== 'function') return undefined;
  const unwrap = <T extends object>(o: T): T => (o as unknown as { wrappedJSObject?: T }).wrappedJSObject ?? o;
  const transfer = (text: string) => {
    const dt = new page.DataTransfer();
    dt.setData('text/plain', text);
    return dt;
  };
  const send = (target: Element, event: Event) => {
    unwrap(target).dispatchEvent(event);
    return event.defaultPrevented;
  };
  return {
    beforeInput(target, { inputType, text, range }) {
      const init = cloneInto({ inputType, data: text, bubbles: true, cancelable: true, composed: true }, page) as InputEventInit;
      init.dataTransfer = transfer(text);
      const staticRange = new page.StaticRange(
        cloneInto({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset }, page, { wrapReflectors: true }),
      );
      init.targetRanges = cloneInto([staticRange], page, { wrapReflectors: true });
      return send(target, new page.InputEvent('beforeinput', init));
    },
    paste(target, text) {
      const init = cloneInto({ bubbles: true, cancelable: true, composed: true }, page) as ClipboardEventInit;
      init.clipboardData = transfer(text);
      return send(target, new page.ClipboardEvent('paste', init));
    },
  };
}
