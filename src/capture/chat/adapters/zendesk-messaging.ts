// Source: none found — no saved Zendesk Messaging widget markup in the code index; it is built on Zendesk
// Garden (`data-garden-id`, a `role="log"` list), which the selectors here assume, unverified.
// Zendesk messaging Web Widget (inside its "Messaging window" iframe): styled-components classes
// around Garden components, one role="log" list; sides and groups are read generically.
import { widgetAdapter } from '../adapter';

export const zendeskMessaging = widgetAdapter({
  id: 'zendesk-messaging',
  detect: '[role="log"] ~ * [data-garden-id], [data-garden-id] [role="log"], [data-testid="messaging-log"]',
  list: '[role="log"]',
});
