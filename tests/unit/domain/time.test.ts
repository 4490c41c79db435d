import { describe, expect, it } from 'vitest';
import { formatRfc3339, systemTimeZone, utcFileStamp } from '../../../src/domain/time';

describe('formatRfc3339', () => {
  it.each([
    ['2026-11-23T11:44:30.123Z', 'Asia/Shanghai', '2026-11-23T19:44:30.123+08:00'],
    ['2026-11-23T11:44:30.000Z', 'UTC', '2026-11-23T11:44:30.000+00:00'],
    ['2026-11-23T02:00:00.000Z', 'America/New_York', '2026-11-22T21:00:00.000-05:00'],
    ['2026-07-01T02:00:00.000Z', 'America/New_York', '2026-06-30T22:00:00.000-04:00'],
    ['2026-10-25T00:59:59.999Z', 'Europe/London', '2026-10-25T01:59:59.999+01:00'],
    ['2026-10-25T01:00:00.000Z', 'Europe/London', '2026-10-25T01:00:00.000+00:00'],
    ['2026-11-23T11:44:30.000Z', 'Asia/Kolkata', '2026-11-23T17:14:30.000+05:30'],
    ['2026-11-23T11:44:30.000Z', 'Pacific/Chatham', '2026-11-24T01:29:30.000+13:45'],
  ])('%s in %s is %s', (iso, zone, expected) => {
    const text = formatRfc3339(new Date(iso), zone);
    expect(text).toBe(expected);
    expect(Date.parse(text)).toBe(Date.parse(iso));
  });
});

describe('formatRfc3339 without a zone', () => {
  it.each([
    '2026-01-15T08:00:00.000Z',
    '2026-07-15T08:00:00.000Z',
    '2026-03-08T07:30:00.000Z',
    '2026-11-01T05:59:59.999Z',
  ])('gives %s in the runtime zone, as the system zone would', (iso) => {
    const date = new Date(iso);
    expect(formatRfc3339(date)).toBe(formatRfc3339(date, systemTimeZone()));
  });
});

describe('utcFileStamp', () => {
  it('is a compact UTC stamp safe in file names', () => {
    expect(utcFileStamp(new Date('2026-11-23T11:44:30.123Z'))).toBe('20261123T114430Z');
  });
});
