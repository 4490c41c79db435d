// What a finished *Pick the chat area* says, in both languages (popup, panel and notification share it).
import { describe, expect, it } from 'vitest';
import type { TranscriptEvidence } from '../../../src/domain/evidence';
import { pickedText, pickedTone } from '../../../src/messaging/pickOutcome';
import type { PickOutcome } from '../../../src/messaging/protocol';

const saved = (messageCount: number, widget: string, unassigned = 0): PickOutcome => ({
  pick: 'p',
  kind: 'saved',
  outcome: {
    found: true,
    evidence: { messageCount, widget } as TranscriptEvidence,
    itemCount: 2,
    unassigned: Array.from({ length: unassigned }, (_, i) => ({ text: `line ${i}`, after: i })),
    screenshot: { saved: true },
  },
});

describe('pickedText', () => {
  it.each([
    ['en', saved(4, 'generic'), "Saved 4 messages from this page's chat"],
    ['en', saved(1, 'intercom'), 'Saved 1 message from Intercom'],
    ['en', saved(3, 'generic', 1), "Saved 3 messages from this page's chat, but the capture may be incomplete."],
    [
      'en',
      { pick: 'p', kind: 'empty' },
      'No chat found in the chosen area, so nothing was saved. ' +
        'Pick the chat again, or save the selected text or a screenshot instead.',
    ],
    ['en', { pick: 'p', kind: 'cancelled' }, 'Picking cancelled. Nothing was saved.'],
    ['zh_CN', { pick: 'p', kind: 'cancelled' }, '已取消选择，未保存任何内容。'],
    [
      'zh_CN',
      { pick: 'p', kind: 'empty' },
      '所选区域中没有找到聊天记录，未保存任何内容。' + '可以重新选择，或改为保存选中的文字或截图。',
    ],
  ] as const)('%s: %j', (language, result, text) => {
    expect(pickedText(language, result)).toBe(text);
  });

  it('says a saved pick in Chinese with the count and the widget', () => {
    expect(pickedText('zh_CN', saved(4, 'intercom'))).toMatch(/4.*Intercom/);
  });

  it('explains a failure in the user’s language', () => {
    const failed: PickOutcome = { pick: 'p', kind: 'failed', error: 'no-page' };
    expect(pickedText('en', failed)).not.toBe(pickedText('zh_CN', failed));
    expect(pickedText('en', failed)).not.toMatch(/^[a-z]+[A-Z]/);
  });
});

describe('pickedTone', () => {
  it.each([
    [saved(4, 'generic'), 'ok'],
    [saved(4, 'generic', 2), 'error'],
    [{ pick: 'p', kind: 'empty' }, 'note'],
    [{ pick: 'p', kind: 'cancelled' }, 'error'],
    [{ pick: 'p', kind: 'failed', error: 'no-page' }, 'error'],
  ] as const)('%j looks %s', (result, tone) => {
    expect(pickedTone(result)).toBe(tone);
  });
});
