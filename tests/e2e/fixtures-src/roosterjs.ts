import { createEditor, exportContent, ShortcutPlugin } from 'roosterjs';

const editor = createEditor(document.getElementById('box') as HTMLDivElement, [new ShortcutPlugin()]);
(window as unknown as { readModel(): string }).readModel = () => exportContent(editor, 'PlainText').replace(/\n+$/, '');
