// Drift chat (inside the drift-widget iframe): BEM drift-widget-message classes, --from-* sides.
import { widgetAdapter } from '../adapter';

export const drift = widgetAdapter({
  id: 'drift',
  detect: '.drift-widget-chat-layout, .drift-widget-message-history, [class*="drift-widget-message"]',
  list: '.drift-widget-message-history',
  unit: '.drift-widget-message',
  body: '.drift-widget-message--box, [class*="message-bubble"]',
  author: '[class*="message-author"], [class*="sender-name"]',
  time: '[class*="message-timestamp"], time',
  roles: [
    ['[class*="--from-user"], [class*="--from-end-user"], [class*="--from-visitor"]', 'customer'],
    ['[class*="--from-bot"], [class*="--from-agent"], [class*="--from-teammate"]', 'agent'],
  ],
});
