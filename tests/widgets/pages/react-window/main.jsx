// react-window List: 2,000+ absolutely positioned rows, inline styles only (no class words); the
// customer's rows differ only by flex-direction: row-reverse. Name and time share one line.
import { createRoot } from 'react-dom/client';
import { List, useListRef } from 'react-window';
import { longConversation } from '../../harness/shared.js';

const all = longConversation(2000);
const height = (i) => 56 + 20 * all[i].text.split('\n').length;
const VIEW = 680;
let bottom = -VIEW;
for (let i = 0; i < all.length; i++) bottom += height(i);

function Row({ index, style }) {
  const m = all[index];
  return (
    <div
      style={{
        ...style,
        display: 'flex',
        flexDirection: m.agent ? 'row' : 'row-reverse',
        gap: 8,
        padding: '4px 12px',
        boxSizing: 'border-box',
      }}
    >
      <div style={{ width: 28, height: 28, borderRadius: 14, background: m.agent ? '#2f6feb' : '#999' }} />
      <div style={{ maxWidth: '70%' }}>
        <div
          style={{ fontSize: 12, color: '#666', textAlign: m.agent ? 'left' : 'right' }}
        >{`${m.name} · ${m.time}`}</div>
        <div
          style={{
            background: m.agent ? '#eef3ff' : '#dff5e3',
            borderRadius: 8,
            padding: '6px 10px',
            whiteSpace: 'pre-wrap',
          }}
        >
          {m.text}
        </div>
      </div>
    </div>
  );
}

function App() {
  const listRef = useListRef(null);
  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <h2 style={{ fontSize: 18 }}>CloudDesk 在线客服 · 历史记录</h2>
      <List
        listRef={listRef}
        rowComponent={Row}
        rowCount={all.length}
        rowHeight={height}
        rowProps={{}}
        defaultScrollOffset={bottom}
        style={{ height: VIEW }}
      />
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
