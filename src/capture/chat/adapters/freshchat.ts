// Source: a public UI test that checks a Freshchat conversation (`div.fc-conversation-view div.h-conv-chat
// div.odd div.h-chat` for the user's own messages) and Freshchat's widget bundle querying `.h-conv-chat`
// (find_string "h-conv-chat"; the index does not name the repositories). They agree with the list and `.odd`.
// Freshchat / Freshworks messenger (inside the fc_widget iframe): Hotline-era h- classes; the
// visitor's own rows are .odd, agents' carry agent classes.
import { widgetAdapter } from '../adapter';

export const freshchat = widgetAdapter({
  id: 'freshchat',
  detect: '.h-conv-chat, .fc-conversation-view, #fc_widget, [class*="fc-widget"]',
  list: '.h-conv-chat',
  unit: '.h-conv-chat > div',
  body: '.h-comment, .h-message-text, [class*="message-text"]',
  author: '.h-agent-name, [class*="agent-name"], [class*="author"]',
  time: '.h-time, [class*="timestamp"], time',
  roles: [
    ['.odd, .h-chat-user', 'customer'],
    ['.even, .h-chat-agent', 'agent'],
  ],
});
