import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant, type Editor } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';

let editor: Editor;
const initial: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];
function App() {
  editor = useMemo(() => withHistory(withReact(createEditor())), []);
  return (
    <Slate editor={editor} initialValue={initial}>
      <Editable id="box" placeholder="Reply…" style={{ border: '1px solid #ccc', minHeight: 120, padding: 8 }} />
    </Slate>
  );
}
(window as unknown as { readModel(): string }).readModel = () => editor.children.map((n) => Node.string(n)).join('\n');
createRoot(document.getElementById('root')!).render(<App />);
