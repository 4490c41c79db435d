import { describe, expect, it } from 'vitest';
import { parseDurationHours, parseDurationMinutes } from '../../../../src/domain/complaint/durationText';

describe('parseDurationMinutes', () => {
  it.each([
    ['27', 27 * 60],
    [27, 27 * 60],
    ['1.5', 90],
    ['2 days', 2880],
    ['1 day', 1440],
    ['90 min', 90],
    ['90 minutes', 90],
    ['2h 30m', 150],
    ['2 hours and 15 minutes', 135],
    ['1.5 hours', 90],
    ['3 Days 4 Hours', 3 * 1440 + 240],
    ['1 week', 7 * 1440],
    ['2天', 2880],
    ['2 天', 2880],
    ['２天', 2880],
    ['90分钟', 90],
    ['1.5小时', 90],
    ['2天3小时', 2 * 1440 + 180],
    ['两天', 2880],
    ['三个小时', 180],
    ['十二小时', 720],
    ['两个半小时', 150],
    ['半小时', 30],
    ['一个星期', 7 * 1440],
    ['3小时又20分钟', 200],
  ])('reads %s', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes);
  });

  it.each(['', '   ', 'soon', '2 parsecs', '天', 'days 2', '-3 hours', '2..5 h', undefined])(
    'says %s is not a duration',
    (text) => {
      expect(parseDurationMinutes(text)).toBeNull();
    },
  );

  it('gives hours for the time-lost fact', () => {
    expect(parseDurationHours('2 days')).toBe(48);
    expect(parseDurationHours('90 min')).toBe(1.5);
    expect(parseDurationHours('nope')).toBeNull();
  });
});
