import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../../src/domain/ics';

const now = Date.UTC(2026, 10, 30, 5, 0, 0);

describe('escapeText (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine (§3.1)', () => {
  it('folds at 75 octets with CRLF + space, never inside a UTF-8 character', () => {
    const line = `SUMMARY:${'回复期限'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('buildCalendar', () => {
  const ics = buildCalendar(
    [
      { uid: 'reply@case-1', summary: 'Reply due from CloudDesk, Ltd; ticket #42', when: '2026-12-14' },
      {
        uid: 'promise@c1',
        summary: '承诺 24 小时内恢复',
        description: 'Agent: Amy\nE02',
        when: Date.UTC(2026, 10, 21, 9, 0),
      },
      { uid: 'bad', summary: 'not a date', when: '14/12/2026' },
    ],
    { now, name: 'Cloud PC outage' },
  );

  it('uses CRLF line endings throughout and ends with one', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the required calendar and event properties', () => {
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Proofpack//Case deadlines//EN']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'DTSTAMP:20261130T050000Z')).toHaveLength(2);
  });

  it('writes dates as all-day events and instants in UTC', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20261214\r\nDTEND;VALUE=DATE:20261215\r\n');
    expect(ics).toContain('DTSTART:20261121T090000Z\r\nDTEND:20261121T093000Z\r\n');
  });

  it('escapes text values and leaves out events with a bad date', () => {
    expect(ics).toContain('SUMMARY:Reply due from CloudDesk\\, Ltd\\; ticket #42\r\n');
    expect(ics).toContain('DESCRIPTION:Agent: Amy\\nE02\r\n');
    expect(ics).not.toContain('not a date');
  });

  it('rolls an all-day event over a month and year end', () => {
    const end = buildCalendar([{ uid: 'x', summary: 'x', when: '2026-12-31' }], { now, name: 'x' });
    expect(end).toContain('DTEND;VALUE=DATE:20270101');
  });
});
