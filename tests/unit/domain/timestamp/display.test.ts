// A token's UTC time shown on the reader's clock with the offset spelled out, in both languages.
import { describe, expect, it } from 'vitest';
import { formatTokenTime, utcOffsetLabel } from '../../../../src/domain/timestamp/display';
import { bundleLabels } from '../../../../src/domain/bundle/labels';

describe('formatTokenTime', () => {
  it('shows the instant on the zone’s wall clock with its offset', () => {
    expect(formatTokenTime('2026-11-30T02:02:05Z', 'Asia/Shanghai', 'en')).toBe('30 Nov 2026, 10:02:05 (UTC+8)');
    expect(formatTokenTime('2026-11-30T02:02:05Z', 'Asia/Shanghai', 'zh')).toBe('2026年11月30日 10:02:05（UTC+8）');
    expect(formatTokenTime('2026-11-30T02:02:05.123Z', 'America/New_York', 'en')).toBe('29 Nov 2026, 21:02:05 (UTC-5)');
    expect(formatTokenTime('2026-07-01T00:00:00Z', 'America/New_York', 'en')).toBe('30 Jun 2026, 20:00:00 (UTC-4)');
    expect(formatTokenTime('2026-11-30T02:02:05Z', 'Asia/Kolkata', 'en')).toBe('30 Nov 2026, 07:32:05 (UTC+5:30)');
    expect(formatTokenTime('2026-11-30T02:02:05Z', 'UTC', 'zh')).toBe('2026年11月30日 02:02:05（UTC）');
  });

  it('leaves a value that is no time as it is', () => {
    expect(formatTokenTime('unknown', 'Asia/Shanghai', 'en')).toBe('unknown');
  });

  it('spells offsets as UTC±h[:mm]', () => {
    expect([0, 480, -300, 330, -570].map(utcOffsetLabel)).toEqual(['UTC', 'UTC+8', 'UTC-5', 'UTC+5:30', 'UTC-9:30']);
  });

  it('is what the bundle viewer says in each case language', () => {
    const at = '2026-11-30T02:02:05Z';
    expect(bundleLabels('en-GB').timestamped('FreeTSA', at, 'original', 'Asia/Shanghai')).toBe(
      'Timestamped by FreeTSA at 30 Nov 2026, 10:02:05 (UTC+8)',
    );
    expect(bundleLabels('zh-CN').timestamped('FreeTSA', at, 'log-head', 'Asia/Shanghai')).toBe(
      '录制日志链：由 FreeTSA 于 2026年11月30日 10:02:05（UTC+8）加盖可信时间戳',
    );
  });
});
