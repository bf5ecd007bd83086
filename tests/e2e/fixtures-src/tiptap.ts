import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const editor = new Editor({ element: document.getElementById('box')!, extensions: [StarterKit] });
(window as unknown as { readModel(): string }).readModel = () => editor.getText({ blockSeparator: '\n' });
