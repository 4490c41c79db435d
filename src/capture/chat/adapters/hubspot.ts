// Source: none found — searched the code index (find_string "thread-history", code search for HubSpot's chat
// widget DOM): no saved widget markup; the `data-test-id` selectors are from our fixture, unverified.
// HubSpot conversations (inside hubspot-messages-iframe): VizEx classes and data-test-id hooks;
// units found by their test ids, everything inside read generically.
import { widgetAdapter } from '../adapter';

export const hubspot = widgetAdapter({
  id: 'hubspot',
  detect: '[data-test-id="chat-widget"], [class*="VizEx"], #hubspot-conversations-inline-parent',
  list: '[data-test-id="thread-history"], [data-test-id="chat-messages"], [class*="ThreadHistory"]',
  unit: '[data-test-id$="message-wrapper"], [data-test-id="thread-history"] > div',
});
