// Source: none found — searched the code index (find_string "ChatGroup-"): no saved Zendesk Chat (Zopim)
// markup; the `ChatGroup-`/`MessageBubble-` class fragments are from our fixture, unverified.
// Zendesk Web Widget (Classic) chat: CSS-module classes named after ChatGroup / MessageBubble components.
import { widgetAdapter } from '../adapter';

export const zendeskClassic = widgetAdapter({
  id: 'zendesk-classic',
  detect: '[class*="ChatGroup"]',
  list: '[class*="ChatLog-container"], [class*="chatLog"]',
  unit: '[class*="MessageBubble-messageBubble"], [class*="EventMessage"]',
  body: '[class*="MessageBubble-message"]:not([class*="messageBubble"]), [class*="EventMessage"]',
  group: '[class*="ChatGroup-container"]',
  author: '[class*="ChatGroup-name"]',
  roles: [
    ['[class*="ChatGroup-userMessage"]', 'customer'],
    ['[class*="ChatGroup-agentMessage"]', 'agent'],
    ['[class*="EventMessage"]', 'system'],
  ],
});
