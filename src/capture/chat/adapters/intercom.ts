// Intercom Messenger (inside its iframe): conversation parts, admin vs user.
import { widgetAdapter } from '../adapter';

export const intercom = widgetAdapter({
  id: 'intercom',
  detect: '.intercom-conversation-parts',
  list: '.intercom-conversation-parts',
  unit: '.intercom-conversation-part',
  body: '.intercom-comment, .intercom-block',
  author: '[class*="metadata-author"]',
  time: '[class*="metadata-time"], time',
  roles: [
    ['.intercom-conversation-part-user', 'customer'],
    ['.intercom-conversation-part-admin', 'agent'],
  ],
});
