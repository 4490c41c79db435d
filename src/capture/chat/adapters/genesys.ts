// Source: public Genesys Widgets customisations that write into `#cx-chat-index-N .cx-message-text`
// (find_string "cx-message-text"; the index does not name the repositories). `.cx-transcript`, `.cx-message`,
// `.cx-name`, `.cx-time` and `.cx-customer` are from our fixture, unverified.
// Genesys Widgets WebChat (cx- classes); Genesys Cloud Messenger falls back to generic reading.
import { widgetAdapter } from '../adapter';

export const genesys = widgetAdapter({
  id: 'genesys',
  detect: '.cx-webchat, .cx-transcript',
  list: '.cx-transcript',
  unit: '.cx-message',
  body: '.cx-message-text',
  author: '.cx-name',
  time: '.cx-time',
  roles: [
    ['.cx-customer', 'customer'],
    ['.cx-agent', 'agent'],
    ['.cx-system', 'system'],
  ],
});
