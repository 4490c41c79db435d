// Source: Intercom Messenger's stylesheet saved in a public repository (`.intercom-namespace
// .intercom-conversation-part`, `…-part-metadata-save-state` in a saved bundle) and public copies of its markup
// (`intercom-conversation-part intercom-conversation-part-user`, `intercom-comment`,
// `intercom-conversation-part-metadata`), found with find_string "intercom-conversation-part" (the index
// does not name the repositories). They agree with the selectors here; the admin modifier is unverified.
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
