// @tanstack/react-virtual: 2,000+ measured rows moved with translateY; name shown once per run, above it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { longConversation } from '../../harness/shared.js';

const all = longConversation(2000);

function App() {
  const scroller = useRef(null);
  const v = useVirtualizer({
    count: all.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 60,
    overscan: 4,
  });
  useEffect(() => v.scrollToIndex(all.length - 1, { align: 'end' }), [v]);
  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <h2 style={{ fontSize: 18 }}>Support history · 客服记录</h2>
      <div ref={scroller} className="chat-scroll" style={{ height: 680, overflowY: 'auto', border: '1px solid #ddd' }}>
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const m = all[item.index];
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={v.measureElement}
                className={`msg ${m.agent ? 'msg-in' : 'msg-out'}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${item.start}px)`,
                  padding: '4px 12px',
                  boxSizing: 'border-box',
                  textAlign: m.agent ? 'left' : 'right',
                }}
              >
                {m.first && (
                  <div className="msg-sender" style={{ fontSize: 12, color: '#666' }}>
                    {m.name}
                  </div>
                )}
                <div
                  className="msg-bubble"
                  style={{
                    display: 'inline-block',
                    background: m.agent ? '#eef3ff' : '#dff5e3',
                    borderRadius: 8,
                    padding: '6px 10px',
                    whiteSpace: 'pre-wrap',
                    textAlign: 'left',
                    maxWidth: '70%',
                  }}
                >
                  {m.text}
                  <span className="msg-time" style={{ marginLeft: 8, fontSize: 11, color: '#888' }}>
                    {m.time}
                  </span>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
