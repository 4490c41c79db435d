// @minchat/react-chat-ui (styled-components: hashed class names only); the customer is the current user.
import {
  MainContainer,
  MessageContainer,
  MessageHeader,
  MessageInput,
  MessageList,
  MinChatUiProvider,
} from '@minchat/react-chat-ui';
import { createRoot } from 'react-dom/client';
import { messages } from '../../harness/shared.js';

// MessageList renders `text` as HTML: escape it, as an integrator must, and keep line breaks. No
// createdAt: the kit shows only a relative age ("24d"), which changes from day to day.
const asHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
const list = messages.map((m) => ({ id: m.id, text: asHtml(m.text), user: { id: m.from, name: m.name }, seen: true }));

function App() {
  return (
    <MinChatUiProvider theme="#2f6feb">
      <MainContainer style={{ height: '780px', maxWidth: 720, margin: '0 auto' }}>
        <MessageContainer>
          <MessageHeader showBack={false}>CloudDesk 在线客服 · Lina</MessageHeader>
          <MessageList currentUserId="customer" messages={list} />
          <MessageInput placeholder="输入消息… Type a message" showSendButton showAttachButton={false} />
        </MessageContainer>
      </MainContainer>
    </MinChatUiProvider>
  );
}

createRoot(document.getElementById('app')).render(<App />);
