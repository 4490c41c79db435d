import { describe, expect, it } from 'vitest';
import {
  applyTextRedactions,
  isValidIdCardNumber,
  passesLuhn,
  REDACTION_MARK,
  suggestRedactions,
} from '../../../../src/domain/redaction/detect';

const found = (text: string, caseNumbers: string[] = []) =>
  suggestRedactions(text, caseNumbers).map((s) => [text.slice(s.start, s.end), s.reason]);

describe('isValidIdCardNumber (GB 11643 check character)', () => {
  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['110105194912310021', false], // wrong check character
    ['11010519491331002X', false], // month 13
    ['1101051949123100', false],
  ])('%s → %s', (id, ok) => expect(isValidIdCardNumber(id)).toBe(ok));
});

describe('passesLuhn', () => {
  it.each([
    ['4111111111111111', true],
    ['6222021001123456789', true],
    ['4111111111111112', false],
    ['4111 1111', false],
  ])('%s → %s', (n, ok) => expect(passesLuhn(n)).toBe(ok));
});

describe('suggestRedactions', () => {
  it.each([
    ['请回电 138 1234 5678，谢谢', [['138 1234 5678', 'phone']]],
    ['手机+86 13812345678', [['+86 13812345678', 'phone']]],
    ['座机 010-88886666', [['010-88886666', 'phone']]],
    ['Call +44 20 7946 0958 today', [['+44 20 7946 0958', 'phone']]],
    ['mail me at wang.li+cs@example.com.cn.', [['wang.li+cs@example.com.cn', 'email']]],
    ['身份证 11010519491231002X 已提供', [['11010519491231002X', 'id-card']]],
    ['身份证 110105194912310021 有误', []],
    ['卡号 6222 0210 0112 3456 789 已退款', [['6222 0210 0112 3456 789', 'bank-card']]],
    ['card 4111111111111111 and 4111111111111112', [['4111111111111111', 'bank-card']]],
    ['工单号 TK-20261123 与订单', []],
    ['故障时间 2026-11-23 09:12，持续 13812 秒', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it("suggests the case's own account and order numbers wherever they appear", () => {
    expect(found('账号 CD-88001234，订单 202611230001 重复：CD-88001234', ['CD-88001234', '202611230001', ''])).toEqual(
      [
        ['CD-88001234', 'case-number'],
        ['202611230001', 'case-number'],
        ['CD-88001234', 'case-number'],
      ],
    );
  });

  it('never suggests overlapping spans (an ID number is not also a phone number)', () => {
    const spans = suggestRedactions('11010519491231002X 13812345678');
    expect(spans.map((s) => s.reason)).toEqual(['id-card', 'phone']);
  });
});

describe('applyTextRedactions', () => {
  it('replaces each accepted span with a fixed mark, keeping the rest exactly', () => {
    const text = '电话 13812345678，邮箱 a@b.cn。';
    const spans = suggestRedactions(text);
    expect(applyTextRedactions(text, spans)).toBe(`电话 ${REDACTION_MARK}，邮箱 ${REDACTION_MARK}。`);
    expect(applyTextRedactions(text, [])).toBe(text);
  });

  it('refuses overlapping spans', () => {
    expect(() =>
      applyTextRedactions('abcdef', [
        { start: 0, end: 3, reason: 'phone' },
        { start: 2, end: 4, reason: 'email' },
      ]),
    ).toThrow(/overlap/);
  });
});
