// Quill 1 inside a Salesforce Lightning-like component (lightning-input-rich-text is Quill-based).
// Lightning's synthetic shadow DOM is plain DOM whose built-ins the page patches: here composedPath
// stops at the component, as LWC's polyfill retargets it. The content script's world never sees that.
import Quill from 'quill1';
import 'quill1/dist/quill.core.css';

const host = document.querySelector('lightning-input-rich-text') as HTMLElement;
const quill = new Quill('#box', { placeholder: 'Reply…' });
const composedPath = Event.prototype.composedPath;
Event.prototype.composedPath = function (this: Event) {
  const path = composedPath.call(this);
  const at = path.indexOf(host);
  return at === -1 ? path : path.slice(at);
};
(window as unknown as { readModel(): string }).readModel = () => quill.getText().replace(/\n$/, '');
