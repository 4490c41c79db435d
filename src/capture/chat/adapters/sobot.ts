// Source: none found — searched the code index (find_string "zc-msg", code search for 智齿 widget DOM):
// no saved widget markup; the `zc-` selectors are from our fixture, unverified.
// 智齿 Sobot (zhichi web chat page / iframe): zc- message items, left (客服/机器人) vs right (用户).
import { widgetAdapter } from '../adapter';

export const sobot = widgetAdapter({
  id: 'sobot',
  detect: '[class*="zhichi"], [id*="zhichi"], [class*="sobot"], [id*="sobot"]',
  list: '.zc-msg-list, #chatMsgList, [class*="sobot"] [class*="msg-list"]',
  unit: '.zc-msg-item',
  body: '.zc-msg-text, .zc-msg-content, [class*="msg-content"]',
  author: '.zc-nickname, [class*="nickname"], [class*="name"]',
  time: '.zc-msg-time, time',
  roles: [
    ['.zc-msg-right', 'customer'],
    ['.zc-msg-left', 'agent'],
    ['.zc-msg-tips', 'system'],
  ],
});
