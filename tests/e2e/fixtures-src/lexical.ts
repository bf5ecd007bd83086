import { createEditor, $getRoot } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

const editor = createEditor({ namespace: 'fixture', onError: (e) => console.error(e) });
editor.setRootElement(document.querySelector('#box') as HTMLElement);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
(window as unknown as { readModel(): string }).readModel = () => editor.getEditorState().read(() => $getRoot().getTextContent());
