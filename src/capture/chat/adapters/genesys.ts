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
