// Source: a tawk.to chat saved from a live widget in a public repository (a Laravel view's comment; found with
// find_string "tawk-message", the index does not name the repository): rows `.tawk-message-block` >
// `.tawk-message-group` > `.tawk-message-bubble#messageId-…` > `.tawk-agent-chat` / `.tawk-visitor-chat` >
// `.tawk-chat-bubble`, `time.tawk-time-display`, the agent's name in a hidden `p.tawk-text-truncate`. It
// contradicted our `.tawk-message` unit and `.tawk-message-time` (neither exists): corrected, fixture rebuilt
// from it. The list's own container is not in that page: `.tawk-chatview` stays unverified.
// Tawk.to chat (inside its iframe): tawk- prefixed message classes.
import { widgetAdapter } from '../adapter';

export const tawk = widgetAdapter({
  id: 'tawk',
  detect: '.tawk-chat-panel, .tawk-min-container, [class*="tawk-message"]',
  list: '.tawk-chatview, .tawk-conversation',
  unit: '.tawk-message-bubble',
  body: '.tawk-chat-bubble',
  // Hidden in the saved page, so it reads as no name (hidden text is not text); shown, it is the agent's.
  author: '.tawk-message-group > .tawk-text-truncate',
  time: '.tawk-time-display',
  group: '.tawk-message-group',
  key: 'id',
  roles: [
    ['.tawk-visitor-chat, .tawk-visitor-chat-bubble', 'customer'],
    ['.tawk-agent-chat, .tawk-agent-chat-bubble, .tawk-message-agent', 'agent'],
  ],
});
