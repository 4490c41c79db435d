// Tawk.to chat (inside its iframe): tawk- prefixed message classes.
import { widgetAdapter } from '../adapter';

export const tawk = widgetAdapter({
  id: 'tawk',
  detect: '.tawk-chat-panel, .tawk-min-container, [class*="tawk-message"]',
  list: '.tawk-chatview, .tawk-conversation',
  unit: '.tawk-message',
  body: '.tawk-message-content, .tawk-chat-bubble',
  author: '.tawk-message-name, .tawk-agent-name',
  time: '.tawk-message-time, .tawk-time',
  roles: [
    ['.tawk-visitor-chat-bubble, .tawk-message-visitor', 'customer'],
    ['.tawk-agent-chat-bubble, .tawk-message-agent', 'agent'],
  ],
});
