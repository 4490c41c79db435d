// Times as evidence records them: RFC 3339 with the user's UTC offset, plus the IANA zone name,
// computed through Intl so that tests can pin any zone regardless of the machine's.
import { offsetMinutes } from './zonedTime';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2026-11-23T19:44:30.123+08:00` for the given instant as seen in `timeZone` (default: the runtime's own). */
export function formatRfc3339(date: Date, timeZone?: string): string {
  return timeZone === undefined ? formatLocalRfc3339(date) : withOffset(date, offsetMinutes(date.getTime(), timeZone));
}

/** The same in the runtime's own zone, without Intl: small and quick for the chat content script. */
export function formatLocalRfc3339(date: Date): string {
  return withOffset(date, -date.getTimezoneOffset());
}

function withOffset(date: Date, offset: number): string {
  const local = new Date(date.getTime() + offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Compact UTC stamp for file names: `20261123T114430Z`. */
export function utcFileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The zone the runtime reports, or UTC when it reports none (some sandboxed runtimes). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
