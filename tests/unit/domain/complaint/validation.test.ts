import { describe, expect, it } from 'vitest';
import {
  type CaseFacts,
  jurisdictionOf,
  parseAmount,
  parseDays,
  replyDays,
} from '../../../../src/domain/complaint/facts';
import { type FactIssueCode, validateCase } from '../../../../src/domain/complaint/validation';

const complete: CaseFacts = {
  provider: { name: '中国电信' },
  accountNumber: '18912345678',
  problemType: 'outage',
  incident: { start: '2026-11-20T09:15', end: '2026-11-23T13:35', timeZone: 'Asia/Shanghai' },
  demands: { refundOutagePeriod: true, refundAmount: '86' },
  complainant: { name: '张伟', phone: '13800138000' },
};
const codes = (facts: CaseFacts, now?: number): FactIssueCode[] => validateCase(facts, [], now).map((i) => i.code);

describe('parseAmount', () => {
  it.each([
    ['1,280.00', 1280],
    ['86', 86],
    ['¥86.5', 86.5],
    ['£12.50', 12.5],
    ['RMB 300', 300],
    ['300元', 300],
    [42, 42],
    ['-5', -5],
    ['about fifty', null],
    ['12,34', null],
    ['', null],
    [Number.NaN, null],
    [undefined, null],
  ])('%j → %j', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it('accepts only whole positive days', () => {
    expect(parseDays('14')).toBe(14);
    expect(parseDays('1.5')).toBeNull();
    expect(parseDays('0')).toBeNull();
    expect(replyDays({ replyDeadlineDays: 'soon' }, 'CN')).toBe(10);
    expect(replyDays({}, 'GB')).toBe(14);
  });

  it('derives the jurisdiction from the language unless set', () => {
    expect(jurisdictionOf({ language: 'en-US' })).toBe('US');
    expect(jurisdictionOf({}, 'zh-CN')).toBe('CN');
    expect(jurisdictionOf({ jurisdiction: 'EU', language: 'zh-CN' })).toBe('EU');
  });
});

describe('validateCase', () => {
  it('finds nothing wrong with a complete case', () => {
    expect(validateCase(complete)).toEqual([]);
  });

  it('lists what is missing from an empty case, as codes', () => {
    expect(codes({})).toEqual([
      'missing-provider',
      'missing-complainant-name',
      'missing-complainant-contact',
      'missing-account-number',
      'missing-problem-type',
      'missing-incident-start',
      'missing-incident-end',
      'no-demands',
    ]);
  });

  it.each<[string, CaseFacts, FactIssueCode, string]>([
    [
      'end before start',
      { ...complete, incident: { ...complete.incident, end: '2026-11-19T00:00' } },
      'end-before-start',
      'incident.end',
    ],
    [
      'a bad date',
      { ...complete, incident: { ...complete.incident, start: '2026-13-01T00:00' } },
      'invalid-date',
      'incident.start',
    ],
    [
      'a bad zone',
      { ...complete, incident: { ...complete.incident, timeZone: 'Beijing' } },
      'invalid-time-zone',
      'incident.timeZone',
    ],
    [
      'a non-numeric refund',
      { ...complete, demands: { refundOutagePeriod: true, refundAmount: 'about fifty' } },
      'amount-not-a-number',
      'demands.refundAmount',
    ],
    ['a negative loss', { ...complete, impact: { moneyLost: '-20' } }, 'amount-negative', 'impact.moneyLost'],
    [
      'time lost that is not a duration',
      { ...complete, impact: { hoursLost: 'ages' } },
      'amount-not-a-number',
      'impact.hoursLost',
    ],
    [
      'a comma decimal in a point-decimal case',
      { ...complete, demands: { refundOutagePeriod: true, refundAmount: '29,99' } },
      'amount-other-decimal',
      'demands.refundAmount',
    ],
    ['an unreadable monthly fee', { ...complete, monthlyFee: 'ninety' }, 'amount-not-a-number', 'monthlyFee'],
    [
      'a refund without amount',
      { ...complete, demands: { refundOutagePeriod: true } },
      'refund-without-amount',
      'demands.refundAmount',
    ],
    [
      'compensation without amount',
      { ...complete, demands: { compensation: true } },
      'compensation-without-amount',
      'demands.compensationAmount',
    ],
    [
      'bad deadline days',
      { ...complete, replyDeadlineDays: 'two weeks' },
      'invalid-deadline-days',
      'replyDeadlineDays',
    ],
  ])('flags %s', (_name, facts, code, field) => {
    expect(validateCase(facts)).toContainEqual({ code, severity: expect.any(String), field });
  });

  it('accepts an ongoing incident without an end, but not one starting in the future', () => {
    const ongoing = { ...complete, incident: { start: '2026-11-20T09:15', timeZone: 'Asia/Shanghai', ongoing: true } };
    expect(validateCase(ongoing, [], Date.parse('2026-11-25T00:00:00Z'))).toEqual([]);
    expect(codes(ongoing, Date.parse('2026-11-01T00:00:00Z'))).toContain('start-in-future');
  });

  it('checks contact times and promise deadlines', () => {
    const issues = validateCase(complete, [
      { id: 'c1', at: 'yesterday', channel: 'phone' },
      { id: 'c2', at: '2026-11-21T10:00', channel: 'chat', promiseDeadline: '2026-11-20T10:00' },
    ]);
    expect(issues).toEqual([
      { code: 'contact-invalid-time', severity: 'error', field: 'contacts.c1.at' },
      { code: 'promise-deadline-before-contact', severity: 'error', field: 'contacts.c2.promiseDeadline' },
    ]);
  });
});

describe('time lost as people type it', () => {
  it.each(['27', '2 days', '90 min', '2天', '1.5小时'])('accepts %s', (hoursLost) => {
    const issues = validateCase({ ...complete, impact: { hoursLost } });
    expect(issues.filter((i) => i.field === 'impact.hoursLost')).toEqual([]);
  });
});
