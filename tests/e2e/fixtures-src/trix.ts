import 'trix';
import 'trix/dist/trix.css';

type TrixElement = HTMLElement & { editor: { getDocument(): { toString(): string } } };
(window as unknown as { readModel(): string }).readModel = () =>
  (document.querySelector('trix-editor') as TrixElement).editor.getDocument().toString().replace(/\n$/, '');
