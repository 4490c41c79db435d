// Source: the Salesforce Lightning Design System's chat component, salesforce-ux/design-system
// ui/components/chat/base/example.jsx: `slds-chat-list`, `slds-chat-listitem_{inbound,outbound,event}`,
// `slds-chat-message__text`, `slds-chat-message__meta`. SLDS names sides from the viewer: in the agent console
// inbound is the customer; in a customer-facing client (this adapter) the user's own messages are outbound, as
// public end-user clients built on SLDS do (`Role === 'user'` → outbound). Messaging for Web's own DOM: none found.
// Salesforce Messaging for Web / Embedded Service: SLDS chat list
// (inbound = agent, outbound = customer, event = system).
import { widgetAdapter } from '../adapter';

export const salesforce = widgetAdapter({
  id: 'salesforce',
  detect: '.slds-chat-list, .embeddedServiceSidebar',
  list: '.slds-chat-list',
  unit: '.slds-chat-listitem',
  body: '.slds-chat-message__text, .slds-chat-event__body',
  author: '.slds-chat-message__meta [class*="sender"], .slds-chat-message__meta .agentName',
  time: '.slds-chat-message__meta [class*="time"]',
  roles: [
    ['.slds-chat-listitem_outbound, .chasitor', 'customer'],
    ['.slds-chat-listitem_inbound, .agent', 'agent'],
    ['.slds-chat-listitem_event', 'system'],
  ],
});
