// react-chat-elements' MessageList, shown inside a cross-origin iframe (host.html): name and time on every bubble.
import 'react-chat-elements/dist/main.css';
import { createRoot } from 'react-dom/client';
import { MessageList } from 'react-chat-elements';
import { conversation, messages } from '../../harness/shared.js';

const dataSource = messages.map((m) => ({
  id: m.id,
  position: m.agent ? 'left' : 'right',
  type: 'text',
  title: m.name,
  text: m.text,
  date: new Date(`${conversation.date}T${m.time}:00`),
  dateString: m.time,
  status: m.agent ? undefined : 'read',
}));

function App() {
  return (
    <div style={{ height: '690px', overflowY: 'auto', background: '#f4f6f8', whiteSpace: 'pre-wrap' }}>
      <MessageList className="message-list" lockable toBottomHeight="100%" dataSource={dataSource} />
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
