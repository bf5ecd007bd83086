/** Which focused elements the coach may read. Never passwords, payment or one-time codes, logins, code editors or opt-outs. */

const CODE_EDITOR = '.CodeMirror, .cm-editor, .cm-content, .monaco-editor, .ace_editor, [data-mode-id], .ql-code-block';
// Quill 1 writes data-gramm="false" on every editor it makes (Salesforce Lightning's rich text among
// them): that is Quill's default, not the site opting out, so it does not count there.
const OPT_OUT = '[data-gramm="false"]:not(.ql-editor), [data-enable-grammarly="false"], [data-reply-coach="off"]';
const SENSITIVE_FIELD =
  'input[type="password"], input[autocomplete^="cc-"], input[autocomplete="one-time-code"], input[autocomplete="current-password"], input[autocomplete="new-password"], input[name*="card" i], input[name*="cvv" i], input[name*="cvc" i], input[name*="iban" i]';
const SENSITIVE_NAME = /pass(?:word)?|card|cvv|cvc|iban|otp|one[-_]?time|login|signin|sign[-_]in|checkout|payment|search/i;
const SENSITIVE_AUTOCOMPLETE = /^(?:cc-|one-time-code|current-password|new-password|username|email)/;

/** Whether an element is editable text (the attribute covers DOMs without isContentEditable). */
const editable = (el: HTMLElement) => el.isContentEditable === true || /^(?:|true|plaintext-only)$/i.test(el.getAttribute('contenteditable') ?? 'no');

/** The editing host of a contenteditable region: the outermost editable ancestor. */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

/** The focused element, descending through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(doc: Document = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Like closest(), but climbs out of shadow roots to their hosts: an opt-out around a component covers its inside. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The reply box an event's target belongs to, following open shadow roots, or undefined. */
export function replyBoxFrom(path: EventTarget[]): HTMLElement | undefined {
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    const el = t as HTMLElement;
    if (el.tagName === 'TEXTAREA') return el;
    if (el.tagName === 'INPUT') return undefined;
    if (el.isContentEditable) return editingHost(el);
    if (el.getAttribute('role') === 'textbox' && el.getAttribute('aria-multiline') !== 'false') return el;
  }
  return undefined;
}

/** Whether the coach may read this box at all. */
export function isEligible(box: HTMLElement, doc: Document = box.ownerDocument): boolean {
  if (box.tagName === 'INPUT') return false;
  const field = box as HTMLTextAreaElement;
  if (field.readOnly || field.disabled || box.getAttribute('aria-readonly') === 'true' || box.getAttribute('aria-disabled') === 'true') return false;
  if (box.tagName !== 'TEXTAREA' && !editable(box)) return false;
  if (closestComposed(box, OPT_OUT) || closestComposed(box, CODE_EDITOR) || box.querySelector(CODE_EDITOR)) return false;
  const auto = box.getAttribute('autocomplete') ?? '';
  if (SENSITIVE_AUTOCOMPLETE.test(auto)) return false;
  if (SENSITIVE_NAME.test(`${box.getAttribute('name') ?? ''} ${box.id} ${box.getAttribute('aria-label') ?? ''}`)) return false;
  if (box.getAttribute('role') === 'searchbox' || box.getAttribute('role') === 'combobox') return false;
  // A box inside a login or payment form.
  const form = closestComposed(box, 'form');
  if (form && form.querySelector(SENSITIVE_FIELD)) return false;
  if (/\b(?:login|log-in|signin|sign-in|checkout|payment)\b/i.test(doc.location?.pathname ?? '')) return false;
  return true;
}
