// Source: none found — searched the code index (find_string "mq-msg", code search for 美洽 widget DOM):
// no saved widget markup; the `mq-` selectors are from our fixture, unverified.
// 美洽 Meiqia (MEIQIA-PANEL iframe / chatlink page): mq- message rows, agent vs client.
import { widgetAdapter } from '../adapter';

export const meiqia = widgetAdapter({
  id: 'meiqia',
  detect: '[id^="MEIQIA"], [class*="meiqia"], .mq-chat',
  list: '.mq-msg-list, #mq-chat-list, [class*="meiqia"] [class*="msg-list"]',
  unit: '.mq-msg',
  body: '.mq-msg-content, .mq-msg-text, [class*="msg-content"]',
  author: '.mq-msg-name, [class*="agent-name"], [class*="nickname"]',
  time: '.mq-msg-time, time',
  roles: [
    ['.mq-msg-client', 'customer'],
    ['.mq-msg-agent, .mq-msg-robot', 'agent'],
    ['.mq-msg-tip', 'system'],
  ],
});
