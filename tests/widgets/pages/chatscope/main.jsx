// @chatscope/chat-ui-kit-react: messages grouped by sender (name once per group), time in each footer.
import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
import {
  ChatContainer,
  ConversationHeader,
  MainContainer,
  Message,
  MessageGroup,
  MessageInput,
  MessageList,
} from '@chatscope/chat-ui-kit-react';
import { createRoot } from 'react-dom/client';
import { messages } from '../../harness/shared.js';

const groups = [];
for (const m of messages) {
  if (m.first) groups.push([m]);
  else groups[groups.length - 1].push(m);
}

function App() {
  return (
    <div style={{ height: '760px', maxWidth: 720, margin: '0 auto' }}>
      <MainContainer>
        <ChatContainer>
          <ConversationHeader>
            <ConversationHeader.Content userName="CloudDesk 在线客服" info="Ticket #TK-48213" />
          </ConversationHeader>
          <MessageList>
            {groups.map((g) => (
              <MessageGroup key={g[0].id} direction={g[0].agent ? 'incoming' : 'outgoing'} sender={g[0].name}>
                <MessageGroup.Header>{g[0].name}</MessageGroup.Header>
                <MessageGroup.Messages>
                  {g.map((m) => (
                    <Message
                      key={m.id}
                      model={{ direction: g[0].agent ? 'incoming' : 'outgoing', position: 'normal', type: 'custom' }}
                    >
                      <Message.CustomContent>
                        <span style={{ whiteSpace: 'pre-wrap' }}>{m.text}</span>
                      </Message.CustomContent>
                      <Message.Footer sentTime={m.time} />
                    </Message>
                  ))}
                </MessageGroup.Messages>
              </MessageGroup>
            ))}
          </MessageList>
          <MessageInput placeholder="输入消息… Type a message" attachButton={false} />
        </ChatContainer>
      </MainContainer>
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
