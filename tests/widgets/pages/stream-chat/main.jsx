// stream-chat-react with an offline client: the channel's state is filled locally and every API call
// is answered by a stub adapter in the page, so nothing leaves it. The customer is the current user.
import 'stream-chat-react/dist/css/index.css';
import { createRoot } from 'react-dom/client';
import { StreamChat } from 'stream-chat';
import { Channel, Chat, MessageList, Window } from 'stream-chat-react';
import { conversation, messages } from '../../harness/shared.js';

const client = new StreamChat('zoo-offline-key');
client.axiosInstance.defaults.adapter = async (config) => ({
  data: {},
  status: 200,
  statusText: 'OK',
  headers: {},
  config,
});
client.userID = 'customer';
client.user = { id: 'customer', name: conversation.customer.name };

// Message text is rendered as Markdown: escape what Markdown would read as markup, as an integrator must.
const literal = (s) => s.replace(/[\\<>*_`[\]#]/g, '\\$&').replace(/^(\d+)\. /gm, '$1\\. ');
const users = { agent: { id: 'agent', name: conversation.agent.name }, customer: client.user };
const channel = client.channel('messaging', 'ticket-48213', { name: 'CloudDesk 在线客服' });
channel._initializeState(
  {
    channel: { id: 'ticket-48213', type: 'messaging', cid: 'messaging:ticket-48213', config: {} },
    members: [
      { user_id: 'agent', user: users.agent },
      { user_id: 'customer', user: users.customer },
    ],
    messages: messages.map((m) => ({
      id: m.id,
      type: 'regular',
      text: literal(m.text),
      user: users[m.from],
      created_at: `${conversation.date}T${m.time}:00`,
      updated_at: `${conversation.date}T${m.time}:00`,
      status: 'received',
    })),
    read: [],
  },
  'latest',
);
channel.initialized = true;

function App() {
  return (
    <div style={{ height: '780px', maxWidth: 760, margin: '0 auto', display: 'flex' }}>
      <Chat client={client}>
        <Channel channel={channel} initializeOnMount={false} markReadOnMount={false}>
          <Window>
            <MessageList />
          </Window>
        </Channel>
      </Chat>
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
