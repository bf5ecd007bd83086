/**
 * Main-world helper for editors that only take text through their own events (CKEditor 5's paste
 * pipeline). The isolated content script asks by dispatching `reply-coach:paste` on the box with the
 * text; this dispatches the paste event the editor listens for. It reads nothing and sends nothing.
 * Declared in wxt.config.ts (world MAIN, document_start) as a plain script: no runtime to load.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => {
  document.addEventListener(
    'reply-coach:paste',
    (e) => {
      const text = (e as CustomEvent<unknown>).detail;
      if (typeof text !== 'string' || !(e.target instanceof Element)) return;
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      const paste = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
      e.target.dispatchEvent(paste);
      if (paste.defaultPrevented) e.preventDefault();
    },
    true,
  );
});
