// Source: none found for the message list — searched the code index (find_string "lc-chat__message"): only
// third-party automation naming `.lc-chat__message--operator` as LiveChat's; the `data-testid` selectors
// here are from our fixture, unverified.
// LiveChat (text.com) widget: hashed lc- classes, stable data-testid on messages.
import { widgetAdapter } from '../adapter';

export const livechat = widgetAdapter({
  id: 'livechat',
  detect: '#chat-widget-container, [data-testid="widgetContainer"], .lc-chat',
  list: '[data-testid="message-list"]',
  unit: '[data-testid$="-message"]',
  body: '[data-testid="message-text"]',
  author: '[data-testid="message-author"]',
  time: '[data-testid="message-time"]',
  roles: [
    ['[data-testid="visitor-message"]', 'customer'],
    ['[data-testid="agent-message"]', 'agent'],
    ['[data-testid="system-message"]', 'system'],
  ],
});
