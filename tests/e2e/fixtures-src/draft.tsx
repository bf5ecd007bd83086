import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';

let current = EditorState.createEmpty();
function App() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  current = state;
  return (
    <div id="box" style={{ border: '1px solid #ccc', minHeight: 120, padding: 8 }}>
      <Editor editorState={state} onChange={setState} placeholder="Reply…" />
    </div>
  );
}
(window as unknown as { readModel(): string }).readModel = () => current.getCurrentContent().getPlainText();
createRoot(document.getElementById('root')!).render(<App />);
