// Source: none found — searched the code index (find_string "ysf-msg": no hits): no saved 网易七鱼 widget
// markup; the `ysf-`/`msg-` selectors are from our fixture, unverified.
// 网易七鱼 Qiyu (ysf / qiyukf client iframe): msg rows with left (客服) and right (访客) sides.
import { widgetAdapter } from '../adapter';

export const qiyu = widgetAdapter({
  id: 'qiyu',
  detect: '[id^="YSF-"], [class*="ysf-"], [class*="qiyu"]',
  list: '.ysf-msg-list, .j-msglist, [class*="ysf-"] [class*="msg-list"]',
  unit: '.msg',
  body: '.msg-cnt, .msg-content, .msg-text',
  author: '.msg-name, .msg-nick, [class*="nickname"]',
  time: '.msg-time, time',
  roles: [
    ['.msg-right', 'customer'],
    ['.msg-left', 'agent'],
    ['.msg-tip, .msg-sys', 'system'],
  ],
});
