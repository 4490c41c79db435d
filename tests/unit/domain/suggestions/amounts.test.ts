import { describe, expect, it } from 'vitest';
import { findAmounts, amountAsTyped, readFigure } from '../../../../src/domain/suggestions/amounts';

describe('findAmounts: sums in any locale, with their currency', () => {
  it.each([
    ['I can see two charges of $49.99.', '$49.99', 49.99, 'USD'],
    ['退款 ¥1,200.50 已提交', '¥1,200.50', 1200.5, 'CNY'],
    ['Wir erstatten €29,99 zurück', '€29,99', 29.99, 'EUR'],
    ['应退 1.200,50 元', '1.200,50 元', 1200.5, 'CNY'],
    ['月费 86元', '86元', 86, 'CNY'],
    ['a credit of £15', '£15', 15, 'GBP'],
    ['RMB 2,000 compensation', 'RMB 2,000', 2000, 'CNY'],
    ['refund of 1 200,50 € on your card', '1 200,50 €', 1200.5, 'EUR'],
    ['补偿 ￥30', '￥30', 30, 'CNY'],
  ])('%s → %s', (text, raw, value, currency) => {
    expect(findAmounts(text)).toEqual([expect.objectContaining({ raw, value, currency })]);
  });

  it.each([
    ['My cloud PC has been down since 08:00. Order 4471.'],
    ['It should arrive in 5–7 days.'],
    ['工单号 SB202611230012，预计 2 小时内恢复。'],
    ['手机号 138****0000'],
  ])('no sum in %s', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });
});

describe('readFigure', () => {
  it.each([
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['29,99', 29.99],
    ['1,200', 1200],
    ['1.200', 1200],
    ['49.99', 49.99],
    ['12,34,56', null],
  ])('%s → %s', (figure, value) => {
    expect(readFigure(figure)).toBe(value);
  });
});

describe('amountAsTyped', () => {
  it('writes the figure in the case number format', () => {
    expect(amountAsTyped(1200.5, 'point')).toBe('1200.50');
    expect(amountAsTyped(1200.5, 'comma')).toBe('1200,50');
    expect(amountAsTyped(86, 'comma')).toBe('86');
  });
});
