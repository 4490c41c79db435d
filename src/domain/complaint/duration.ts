// How long an incident lasted and when deadlines fall. Durations are between instants (so a DST
// change counts as the hour it really was); deadlines are counted in calendar or working days.

import type { Language } from '../language';
import type { CaseFacts } from './facts';
import { dateKeyToUtc, isValidTimeZone, parseInstant, utcToDateKey } from '../zonedTime';

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.floor(Math.max(0, ms) / MINUTE);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/** `3 天 4 小时 20 分钟` / `3 days 4 hours 20 minutes`; zero parts are left out. */
export function formatDuration(ms: number, language: Language): string {
  const { days, hours, minutes } = durationParts(ms);
  if (days + hours + minutes === 0) return language === 'zh' ? '不足 1 分钟' : 'less than a minute';
  if (language === 'zh') {
    return [days && `${days} 天`, hours && `${hours} 小时`, minutes && `${minutes} 分钟`].filter(Boolean).join(' ');
  }
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [days && unit(days, 'day'), hours && unit(hours, 'hour'), minutes && unit(minutes, 'minute')]
    .filter(Boolean)
    .join(' ');
}

export interface IncidentSpan {
  startMs: number;
  /** The end, or `now` while the incident is ongoing. */
  endMs: number;
  ongoing: boolean;
  durationMs: number;
}

/** The incident's span, or null when the start is unknown or the end comes before it. */
export function incidentSpan(facts: CaseFacts, now: number): IncidentSpan | null {
  const incident = facts.incident;
  const zone = isValidTimeZone(incident?.timeZone) ? incident?.timeZone : undefined;
  const startMs = parseInstant(incident?.start, zone);
  if (startMs === null) return null;
  const endMs = incident?.ongoing ? null : parseInstant(incident?.end, zone);
  if (endMs === null) {
    if (!incident?.ongoing || now < startMs) return null;
    return { startMs, endMs: now, ongoing: true, durationMs: now - startMs };
  }
  if (endMs < startMs) return null;
  return { startMs, endMs, ongoing: false, durationMs: endMs - startMs };
}

/** Dates that change the working week: public holidays, and weekend days worked in lieu (China's 调休). */
export interface WorkCalendar {
  holidays?: string[];
  extraWorkdays?: string[];
}

export function isWorkingDay(dateKey: string, calendar: WorkCalendar = {}): boolean {
  if (calendar.extraWorkdays?.includes(dateKey)) return true;
  if (calendar.holidays?.includes(dateKey)) return false;
  const ms = dateKeyToUtc(dateKey);
  if (ms === null) return false;
  const weekday = new Date(ms).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `days` calendar days after `dateKey` (`YYYY-MM-DD`), or null for a bad date. */
export function addCalendarDays(dateKey: string, days: number): string | null {
  const ms = dateKeyToUtc(dateKey);
  return ms === null ? null : utcToDateKey(ms + days * DAY);
}

/** The date `days` working days after `dateKey`; the start day itself is not counted. */
export function addBusinessDays(dateKey: string, days: number, calendar: WorkCalendar = {}): string | null {
  let ms = dateKeyToUtc(dateKey);
  if (ms === null) return null;
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    ms += DAY;
    if (isWorkingDay(utcToDateKey(ms), calendar)) left -= 1;
  }
  return utcToDateKey(ms);
}

/** The same day `months` later, clamped to the month's end (31 Aug + 1 month → 30 Sep). */
export function addMonths(dateKey: string, months: number): string | null {
  const ms = dateKeyToUtc(dateKey);
  if (ms === null) return null;
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return utcToDateKey(target.getTime());
}

/** Calendar days from one date key to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | null {
  const a = dateKeyToUtc(from);
  const b = dateKeyToUtc(to);
  return a === null || b === null ? null : Math.round((b - a) / DAY);
}
