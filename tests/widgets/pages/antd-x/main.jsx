// Ant Design X Bubble.List (CSS-in-JS): name in each bubble's header, time in its footer, a date divider.
import { Bubble } from '@ant-design/x';
import { createRoot } from 'react-dom/client';
import { conversation, messages } from '../../harness/shared.js';

const items = [
  { key: 'date', role: 'divider', content: `${conversation.date} 星期四` },
  ...messages.map((m) => ({
    key: m.id,
    role: m.agent ? 'ai' : 'user',
    content: m.text,
    header: m.first ? m.name : undefined,
    footer: m.time,
  })),
];

const role = {
  ai: { placement: 'start', variant: 'filled', styles: { content: { whiteSpace: 'pre-wrap' } } },
  user: { placement: 'end', variant: 'shadow', styles: { content: { whiteSpace: 'pre-wrap' } } },
};

function App() {
  return (
    <div style={{ height: '780px', maxWidth: 760, margin: '0 auto', display: 'flex', flexDirection: 'column' }}>
      <h2 style={{ fontFamily: 'sans-serif', fontSize: 18 }}>CloudDesk 在线客服</h2>
      <Bubble.List style={{ flex: 1, minHeight: 0 }} items={items} role={role} />
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
