import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  addMonths,
  daysBetween,
  formatDuration,
  incidentSpan,
  isWorkingDay,
} from '../../../../src/domain/complaint/duration';
import { dateKeyAt, offsetMinutes, parseInstant, zonedInstant } from '../../../../src/domain/zonedTime';

const H = 3_600_000;
const M = 60_000;

describe('formatDuration', () => {
  it.each([
    [3 * 24 * H + 4 * H + 20 * M, '3 天 4 小时 20 分钟', '3 days 4 hours 20 minutes'],
    [24 * H + H + M, '1 天 1 小时 1 分钟', '1 day 1 hour 1 minute'],
    [2 * H, '2 小时', '2 hours'],
    [3 * 24 * H + 5 * M, '3 天 5 分钟', '3 days 5 minutes'],
    [59_000, '不足 1 分钟', 'less than a minute'],
    [-5 * M, '不足 1 分钟', 'less than a minute'],
  ])('%d ms → %s / %s', (ms, zh, en) => {
    expect(formatDuration(ms, 'zh')).toBe(zh);
    expect(formatDuration(ms, 'en')).toBe(en);
  });
});

describe('zoned wall-clock times', () => {
  it.each([
    ['2026-11-20T09:15', 'Asia/Shanghai', '2026-11-20T01:15:00.000Z'],
    ['2026-07-01T12:00', 'Europe/London', '2026-07-01T11:00:00.000Z'],
    ['2026-12-01T12:00', 'Europe/London', '2026-12-01T12:00:00.000Z'],
    ['2026-03-08T01:30', 'America/New_York', '2026-03-08T06:30:00.000Z'],
    // Skipped by spring-forward: read with the offset before the change (02:30 EST = 03:30 EDT).
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // Repeated by fall-back: the first occurrence (BST).
    ['2026-10-25T01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25T02:30', 'Europe/London', '2026-10-25T02:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, iso) => {
    expect(new Date(zonedInstant(local, zone) ?? 0).toISOString()).toBe(iso);
  });

  it('rejects impossible dates and unknown zones', () => {
    expect(zonedInstant('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(zonedInstant('2026-11-20T25:00', 'UTC')).toBeNull();
    expect(zonedInstant('yesterday', 'UTC')).toBeNull();
    expect(zonedInstant('2026-11-20T10:00', 'Mars/Olympus')).toBeNull();
  });

  it('reads RFC 3339 with an offset as an instant whatever the zone', () => {
    expect(parseInstant('2026-11-20T09:15:00+08:00', 'Europe/London')).toBe(Date.parse('2026-11-20T01:15:00Z'));
    expect(parseInstant('2026-11-20T09:15', undefined)).toBe(Date.parse('2026-11-20T09:15:00Z'));
    expect(parseInstant('', 'UTC')).toBeNull();
  });

  it('gives offsets and local dates through DST', () => {
    expect(offsetMinutes(Date.parse('2026-07-01T00:00:00Z'), 'Europe/London')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-12-01T00:00:00Z'), 'America/New_York')).toBe(-300);
    expect(dateKeyAt(Date.parse('2026-11-20T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-21');
  });
});

describe('incidentSpan', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it.each([
    // Europe/London end of October: the clocks go back at 02:00 BST on 25 Oct, so the night is an hour longer.
    ['Europe/London', '2026-10-24T22:00', '2026-10-25T06:00', 9 * H],
    ['Europe/London', '2026-10-24T21:00', '2026-10-26T08:30', 36 * H + 30 * M],
    // America/New_York in March: 02:00 EST → 03:00 EDT on 8 Mar, an hour shorter.
    ['America/New_York', '2026-03-07T22:00', '2026-03-08T06:00', 7 * H],
    ['Asia/Shanghai', '2026-11-20T09:15', '2026-11-23T13:35', 3 * 24 * H + 4 * H + 20 * M],
  ])('in %s from %s to %s lasts the real elapsed time', (timeZone, start, end, ms) => {
    expect(incidentSpan({ incident: { start, end, timeZone } }, now)?.durationMs).toBe(ms);
  });

  it('measures across zones when the times carry offsets', () => {
    const span = incidentSpan(
      { incident: { start: '2026-11-20T09:00:00+08:00', end: '2026-11-20T09:00:00+00:00' } },
      now,
    );
    expect(span?.durationMs).toBe(8 * H);
  });

  it('runs an ongoing incident up to now', () => {
    const span = incidentSpan(
      { incident: { start: '2026-11-20T09:15', timeZone: 'Asia/Shanghai', ongoing: true, end: '2026-11-21T00:00' } },
      now,
    );
    expect(span).toMatchObject({ ongoing: true, endMs: now });
    expect(formatDuration(span?.durationMs ?? 0, 'en')).toBe('3 days 10 hours 45 minutes');
  });

  it.each([
    ['end before start', { start: '2026-11-23T10:00', end: '2026-11-20T10:00', timeZone: 'UTC' }],
    ['no start', { end: '2026-11-20T10:00' }],
    ['no end and not ongoing', { start: '2026-11-20T10:00' }],
    ['garbage', { start: 'last Tuesday', end: 'today' }],
    ['ongoing but starting in the future', { start: '2026-12-20T10:00', ongoing: true }],
  ])('is null for %s', (_name, incident) => {
    expect(incidentSpan({ incident }, now)).toBeNull();
  });
});

describe('deadlines', () => {
  it.each([
    ['2026-11-20', 5, '2026-11-27'], // Friday + 5 working days
    ['2026-11-21', 1, '2026-11-23'], // Saturday → Monday
    ['2026-11-23', 10, '2026-12-07'],
    ['2026-11-23', 0, '2026-11-23'],
  ])('%s + %d working days = %s', (from, days, due) => {
    expect(addBusinessDays(from, days)).toBe(due);
  });

  it('skips holidays and counts make-up working days (调休)', () => {
    const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05'], extraWorkdays: ['2026-10-10'] };
    expect(addBusinessDays('2026-09-30', 3, calendar)).toBe('2026-10-08');
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-11', calendar)).toBe(false);
  });

  it('adds calendar days and months, clamping month ends', () => {
    expect(addCalendarDays('2026-10-20', 14)).toBe('2026-11-03');
    expect(addCalendarDays('2026-03-01', 56)).toBe('2026-04-26');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-20', 5)).toBe('2027-04-20');
    expect(addMonths('bad', 1)).toBeNull();
    expect(daysBetween('2026-11-20', '2026-12-05')).toBe(15);
  });
});
