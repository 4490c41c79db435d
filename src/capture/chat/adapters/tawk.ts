// Source: a tawk.to chat saved from a live widget in a public repository (a Laravel view's comment; found with
// find_string "tawk-message", the index does not name the repository): rows `.tawk-message-block` >
// `.tawk-message-group` > `.tawk-message-bubble` > `.tawk-agent-chat` / `.tawk-visitor-chat` >
// `.tawk-chat-bubble`, `time.tawk-time-display`. It contradicts our `.tawk-message` unit and
// `.tawk-message-time`: the correction waits on the generic reader (see the chat-extras report).
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
