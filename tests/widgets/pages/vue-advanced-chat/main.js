// vue-advanced-chat: a web component (shadow DOM, Vue inside) in single-room mode; the customer is
// the current user; the agent's name on her messages; the time on every message.
import '../../harness/offline.js';
import { register } from 'vue-advanced-chat';
import { conversation, messages } from '../../harness/shared.js';

register();
const chat = document.createElement('vue-advanced-chat');
chat.style.height = '780px';
chat.setAttribute('height', '780px');
chat.setAttribute('current-user-id', 'customer');
chat.setAttribute('single-room', 'true');
chat.setAttribute('show-files', 'false');
chat.setAttribute('show-audio', 'false');
chat.setAttribute('show-emojis', 'false');
chat.setAttribute('show-reaction-emojis', 'false');
chat.setAttribute('rooms-loaded', 'true');
chat.setAttribute('messages-loaded', 'true');
chat.setAttribute('text-formatting', JSON.stringify({ disabled: true }));
chat.rooms = [
  {
    roomId: 'ticket',
    roomName: 'CloudDesk 在线客服',
    users: [
      { _id: 'agent', username: conversation.agent.name },
      { _id: 'customer', username: conversation.customer.name },
    ],
  },
];
chat.messages = messages.map((m) => ({
  _id: m.id,
  content: m.text,
  senderId: m.from,
  username: m.name,
  date: '5 Nov',
  timestamp: m.time,
}));
document.getElementById('app').append(chat);
