import { useState } from 'react';
import { createRoot } from 'react-dom/client';

let current = '';
function App() {
  const [value, setValue] = useState('');
  current = value;
  return <textarea id="box" rows={8} cols={70} aria-label="Reply" value={value} onChange={(e) => setValue(e.target.value)} />;
}
(window as unknown as { readModel(): string }).readModel = () => current;
createRoot(document.getElementById('root')!).render(<App />);
