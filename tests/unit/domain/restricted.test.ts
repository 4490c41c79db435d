import { describe, expect, it } from 'vitest';
import { restrictionOf } from '../../../src/domain/restricted';

describe('restrictionOf', () => {
  it.each([
    ['chrome://settings', 'complete', 'browser-page'],
    ['chrome://newtab/', 'complete', 'browser-page'],
    ['edge://extensions', 'complete', 'browser-page'],
    ['about:blank', 'complete', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/page.html', 'complete', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'complete', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'complete', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'complete', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'complete', 'web-store'],
    ['view-source:https://example.com/', 'complete', 'view-source'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'complete', 'pdf-viewer'],
    ['https://example.com/bill/November.PDF', 'complete', 'pdf-viewer'],
    ['file:///home/me/outage.html', 'complete', 'file-page'],
    ['', 'complete', 'browser-page'],
    ['https://example.com/status', 'loading', 'loading'],
    ['https://example.com/status', 'complete', null],
    ['http://127.0.0.1:8080/provider/', undefined, null],
  ])('%s (%s) → %s', (url, status, expected) => {
    expect(restrictionOf({ url, status })).toBe(expected);
  });

  it('treats a missing tab as no page', () => {
    expect(restrictionOf(undefined)).toBe('no-page');
  });
});
