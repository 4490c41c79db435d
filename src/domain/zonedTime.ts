// Wall-clock times in an IANA zone ↔ instants, through Intl so DST rules come from the runtime's
// time-zone data and tests can pin any zone whatever the machine's own zone is.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function isValidTimeZone(timeZone: string | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `ms`. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes east of UTC in `timeZone` at `ms` (480 for Asia/Shanghai). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallClockAt(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const OFFSET_RE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Epoch ms for a wall-clock time in `timeZone`. A time skipped by a DST change is read with the
 * offset before the change (02:30 → 03:30), a repeated one as its first occurrence, as Temporal does.
 */
export function zonedInstant(local: string, timeZone: string): number | null {
  const m = LOCAL_RE.exec(local.trim());
  if (!m || !isValidTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(asUtc).getUTCDate() !== day) return null;
  const day_ = 86_400_000;
  const before = offsetMinutes(asUtc - day_, timeZone);
  const after = offsetMinutes(asUtc + day_, timeZone);
  const valid = [...new Set([before, after])]
    .map((o) => asUtc - o * 60000)
    .filter((t) => offsetMinutes(t, timeZone) * 60000 === asUtc - t)
    .sort((a, b) => a - b);
  return valid[0] ?? asUtc - before * 60000;
}

/** An RFC 3339 time with an offset, or a wall-clock time read in `timeZone` (UTC when none). */
export function parseInstant(value: string | undefined, timeZone?: string): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (OFFSET_RE.test(v) && v.includes('T')) {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : ms;
  }
  return zonedInstant(v, isValidTimeZone(timeZone) ? timeZone : 'UTC');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of the instant as seen in `timeZone`. */
export function dateKeyAt(ms: number, timeZone: string): string {
  const w = wallClockAt(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** `YYYY-MM-DDTHH:mm` as seen in `timeZone` (what a datetime-local field shows). */
export function wallClockKeyAt(ms: number, timeZone: string): string {
  const w = wallClockAt(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** A `YYYY-MM-DD` key (or the date part of a longer time) → UTC midnight ms, or null. */
export function dateKeyToUtc(key: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(key?.trim() ?? '');
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).getUTCDate() === Number(m[3]) ? ms : null;
}

export function utcToDateKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
