import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const w = window as unknown as { sent: number };
function Composer() {
  const [value, setValue] = useState('');
  return (
    <div>
      <textarea id="box" data-test-id="convo-composer-textarea" rows={6} cols={70} aria-label="Reply" value={value} onChange={(e) => setValue(e.target.value)} />
      <button
        id="send"
        type="button"
        data-test-id="convo-send-button"
        onClick={() => {
          w.sent++;
          setValue('');
        }}
      >
        Send
      </button>
    </div>
  );
}
createRoot(document.getElementById('root')!).render(<Composer />);
