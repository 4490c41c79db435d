// An iCalendar file (RFC 5545) of a case's deadlines, for the user's own calendar: CRLF line
// endings, TEXT values escaped (§3.3.11), lines folded at 75 octets without splitting a character
// (§3.1). All-day events for dates, UTC times for instants.

export interface CalendarEvent {
  /** Stable, so importing the file again updates rather than duplicates. */
  uid: string;
  summary: string;
  description?: string;
  /** `YYYY-MM-DD` (an all-day event) or an instant in ms. */
  when: string | number;
}

const CRLF = '\r\n';

/** §3.3.11: backslash, semicolon and comma escaped; line breaks as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets continue on the next line after CRLF + a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const utcStamp = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function dateValue(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replace(/-/g, '') : null;
}

function nextDay(date: string): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + 86_400_000;
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const start =
    typeof event.when === 'number'
      ? [`DTSTART:${utcStamp(event.when)}`, `DTEND:${utcStamp(event.when + 30 * 60_000)}`]
      : [`DTSTART;VALUE=DATE:${dateValue(event.when)}`, `DTEND;VALUE=DATE:${nextDay(event.when)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    ...start,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The calendar; events whose date is not a valid `YYYY-MM-DD` or instant are left out. */
export function buildCalendar(events: readonly CalendarEvent[], options: { now: number; name: string }): string {
  const stamp = utcStamp(options.now);
  const valid = events.filter((e) =>
    typeof e.when === 'number' ? Number.isFinite(e.when) : dateValue(e.when) !== null,
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Proofpack//Case deadlines//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...valid.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
