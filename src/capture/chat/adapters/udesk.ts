// Source: none found — searched the code index (find_string "udesk-im"): only Udesk's loader (`.udesk-im`
// panel) and API docs; no saved message markup, so the `udesk-im-message` selectors are unverified.
// Udesk IM (udesk_container iframe): udesk- message items, customer vs agent / robot.
import { widgetAdapter } from '../adapter';

export const udesk = widgetAdapter({
  id: 'udesk',
  detect: '[id^="udesk"], [class*="udesk"]',
  list: '.udesk-im-message-list, [class*="udesk"] [class*="message-list"]',
  unit: '.udesk-im-message',
  body: '.udesk-im-message-content, [class*="message-content"]',
  author: '.udesk-im-message-nick, [class*="nick"], [class*="name"]',
  time: '.udesk-im-message-time, time',
  roles: [
    ['.is-customer', 'customer'],
    ['.is-agent, .is-robot', 'agent'],
    ['.is-system', 'system'],
  ],
});
