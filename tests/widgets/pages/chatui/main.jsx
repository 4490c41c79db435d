// Alibaba's ChatUI (@chatui/core): time shown as a centred row above a message, names on bubbles.
import '@chatui/core/dist/index.css';
import { Bubble, default as ChatModule, useMessages } from '@chatui/core';
import { createRoot } from 'react-dom/client';
import { conversation, messages } from '../../harness/shared.js';

// The kit's default export reaches Vite's bundle as a CommonJS-style namespace in this build.
const Chat = ChatModule.default ?? ChatModule;

const initial = messages.map((m) => ({
  _id: m.id,
  type: 'text',
  content: { text: m.text },
  position: m.agent ? 'left' : 'right',
  user: { name: m.name },
  createdAt: new Date(`${conversation.date}T${m.time}:00`).getTime(),
  hasTime: m.first,
}));

function App() {
  const { messages: list } = useMessages(initial);
  return (
    <div style={{ height: '790px', maxWidth: 720, margin: '0 auto' }}>
      <Chat
        locale="zh-CN"
        messages={list}
        renderMessageContent={(msg) => <Bubble content={msg.content.text} />}
        onSend={() => undefined}
        placeholder="请输入…"
      />
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
