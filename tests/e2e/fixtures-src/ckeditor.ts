import { ClassicEditor, Essentials, Paragraph, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

let read = () => '';
void ClassicEditor.create(document.querySelector('#box') as HTMLElement, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Undo], toolbar: [] }).then((editor) => {
  read = () => {
    const root = editor.model.document.getRoot()!;
    return [...root.getChildren()]
      .map((p) => [...(p as unknown as { getChildren(): Iterable<{ data?: string }> }).getChildren()].map((t) => t.data ?? '').join(''))
      .join('\n');
  };
  document.body.dataset.ready = '1';
});
(window as unknown as { readModel(): string }).readModel = () => read();
