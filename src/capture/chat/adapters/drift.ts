// Source: public end-to-end tests of sites that embed Drift (find_string "drift-widget-message"; the index
// does not name the repositories): `main.drift-widget-chat-layout div.drift-widget-message-bubble--from-bot`,
// `.drift-widget-message--box p`, and Drift's own bundle rendering `drift-widget-message-history`. They agree
// with the list and body here; the customer modifiers (`--from-user`, …) are unverified.
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
