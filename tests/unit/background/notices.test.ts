// The worker's notifications speak the language chosen in the panel: both catalogues, every
// placeholder filled, nothing left as a key or a $1.
import { describe, expect, it } from 'vitest';
import { reminderNotice } from '../../../src/background/notices';
import { catalogueMessage, textIn } from '../../../src/domain/catalogue';

describe('catalogueMessage', () => {
  const catalogue = {
    hello: {
      message: 'Hello $NAME$, $COUNT$ items',
      placeholders: { name: { content: '$1' }, count: { content: '$2' } },
    },
    plain: { message: 'Plain' },
  };
  it('fills named placeholders from positional substitutions, as chrome.i18n does', () => {
    expect(catalogueMessage(catalogue, 'hello', ['Li Wei', 3])).toBe('Hello Li Wei, 3 items');
    expect(catalogueMessage(catalogue, 'plain')).toBe('Plain');
    expect(catalogueMessage(catalogue, 'missing')).toBeNull();
  });
});

describe('reminderNotice', () => {
  it.each([
    [
      'en',
      'promise',
      'Deadline passed: Cloud PC outage',
      'Promise not kept: An engineer will call back. Draft a follow-up letter?',
      'Draft follow-up',
    ],
    [
      'en',
      'reply',
      'Deadline passed: Cloud PC outage',
      'No written reply by the deadline. Draft a follow-up letter?',
      'Draft follow-up',
    ],
    [
      'zh_CN',
      'promise',
      '期限已过：Cloud PC outage',
      '承诺未兑现：An engineer will call back。现在起草催办函？',
      '起草催办函',
    ],
    ['zh_CN', 'reply', '期限已过：Cloud PC outage', '对方未在期限内书面答复。现在起草催办函？', '起草催办函'],
  ] as const)('%s, %s', (language, kind, title, message, button) => {
    expect(reminderNotice(language, kind, 'Cloud PC outage', 'An engineer will call back')).toEqual({
      title,
      message,
      button,
    });
  });

  it('has every message the worker shows in both languages', () => {
    for (const key of ['captureFailedTitle', 'errorQuota', 'menuCaptureScreenshot', 'selectionMenuSave'] as const) {
      expect(textIn('zh_CN', key)).not.toBe(textIn('en', key));
      expect(textIn('zh_CN', key)).not.toMatch(/\$/);
    }
  });
});
