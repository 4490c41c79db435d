// A token's time as a person reads it: the authority's UTC instant shown on the wall clock of the
// reader's zone, with the offset spelled out ("30 Nov 2026, 10:02:05 (UTC+8)"), so nobody has to
// convert "2026-11-30T02:02:05Z" in their head. The token itself keeps the exact UTC time.
import { offsetMinutes, wallClockAt } from '../zonedTime';

export type DisplayLanguage = 'zh' | 'en';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** `UTC+8`, `UTC-3:30`, `UTC`. */
export function utcOffsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/** `30 Nov 2026, 10:02:05 (UTC+8)` / `2026年11月30日 10:02:05（UTC+8）`; the input as given if it is no time. */
export function formatTokenTime(genTime: string, timeZone: string, language: DisplayLanguage): string {
  const ms = Date.parse(genTime);
  if (Number.isNaN(ms)) return genTime;
  const w = wallClockAt(ms, timeZone);
  const clock = `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  const offset = utcOffsetLabel(offsetMinutes(ms, timeZone));
  return language === 'zh'
    ? `${w.year}年${w.month}月${w.day}日 ${clock}（${offset}）`
    : `${w.day} ${MONTHS[w.month - 1]} ${w.year}, ${clock} (${offset})`;
}
