import { describe, expect, it } from 'vitest';
import { diffDrafts, draftsDiffer, formatMoney } from '../../../../src/domain/letter';
import { chineseNumeral, numberedList } from '../../../../src/domain/letter/format';

describe('diffDrafts', () => {
  it('marks kept, removed and added lines', () => {
    expect(diffDrafts('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'remove', text: 'b' },
      { op: 'add', text: 'B' },
      { op: 'same', text: 'c' },
      { op: 'add', text: 'd' },
    ]);
  });

  it('handles empty texts and identical texts', () => {
    expect(diffDrafts('', 'x')).toEqual([
      { op: 'remove', text: '' },
      { op: 'add', text: 'x' },
    ]);
    expect(diffDrafts('x\ny', 'x\ny').every((l) => l.op === 'same')).toBe(true);
    expect(draftsDiffer('x\ny  \n', 'x\ny')).toBe(false);
    expect(draftsDiffer('x', 'y')).toBe(true);
  });
});

describe('formatMoney', () => {
  it.each([
    [1280, 'CNY', 'en', '¥1,280.00'],
    [12.5, 'GBP', 'en', '£12.50'],
    [12.5, 'USD', 'en', '$12.50'],
    [12.5, 'EUR', 'en', '€12.50'],
    [12.5, 'CHF', 'en', 'CHF 12.50'],
    [1280, 'CNY', 'zh', '人民币 1,280.00 元'],
    [12.5, 'USD', 'zh', '12.50 美元'],
    [12.5, 'GBP', 'zh', '12.50 英镑'],
    [1234567.891, 'EUR', 'zh', '1,234,567.89 欧元'],
  ] as const)('%d %s in %s → %s', (amount, currency, language, text) => {
    expect(formatMoney(amount, currency, language)).toBe(text);
  });
});

describe('numbered lists', () => {
  it('numbers Chinese demands 一、二、… with ；and a final 。', () => {
    expect(numberedList(['退还费用。', '', '书面说明'], 'zh-CN')).toEqual(['一、退还费用；', '二、书面说明。']);
    expect([1, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('numbers English demands 1. 2. with a capital and a full stop', () => {
    expect(numberedList(['refund £12.50', '  ', 'explain.'], 'en-GB')).toEqual(['1. Refund £12.50.', '2. Explain.']);
  });
});
