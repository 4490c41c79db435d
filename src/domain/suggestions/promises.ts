// Promises with a deadline as support agents write them: 「24 小时内恢复」, 「3 个工作日内到账」,
// 「明天下午前给您回复」, 「今天18:00前上门」, 「周五前」, "within 3 business days", "in 3–5 business days",
// "by tomorrow afternoon", "by Friday". The deadline is counted from the message's own time, on the
// wall clock of the offset it was shown in (a day promise ends at 23:59 of its last day).

import { chineseNumber } from '../complaint/durationText';
import { addBusinessDays, addCalendarDays } from '../complaint/duration';

export interface FoundPromise {
  /** The sentence that holds the promise, as written. */
  sentence: string;
  /** RFC 3339 in the message's offset. */
  deadline: string;
}

type Unit = 'minute' | 'hour' | 'day' | 'business-day' | 'week';

const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
  'twenty-four': 24,
  'forty-eight': 48,
  'seventy-two': 72,
};
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_ZH = '日一二三四五六';

const ZH_SPAN =
  /(\d+|[一二两三四五六七八九十]+)\s*(?:[-~～–到至]\s*(\d+|[一二两三四五六七八九十]+))?\s*个?\s*(分钟|小时|钟头|工作日|个工作日|天|日|周|星期)\s*(?:之内|以内|内)/;
const ZH_DAY =
  /(今天|今日|明天|明日|后天)\s*(上午|中午|下午|傍晚|晚上)?\s*(?:(\d{1,2})\s*(?:[:：点时])\s*(\d{2})?\s*分?)?\s*(?:之前|以前|前)/;
const ZH_WEEKDAY = /(下)?(?:周|星期|礼拜)([一二三四五六日天])\s*(?:之前|以前|前)/;
const EN_SPAN = new RegExp(
  String.raw`\b(?:within|in|in the next)\s+(\d+|${Object.keys(EN_NUMBERS).join('|')})` +
    String.raw`(?:\s*(?:-|–|to)\s*(\d+))?\s+(business |working )?(minutes?|hours?|days?|weeks?)\b`,
  'i',
);
const EN_DAY = new RegExp(
  String.raw`\b(?:by|before|until)\s+(today|tonight|tomorrow|(?:the )?end of (?:the )?day|eod)` +
    String.raw`(?:\s+(morning|afternoon|evening))?`,
  'i',
);
const EN_TOMORROW = /\btomorrow\s+(morning|afternoon|evening)\b/i;
const EN_WEEKDAY = /\b(?:by|before|until)\s+(?:next\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/** Hour a part of the day ends: 「下午前」 / "by tomorrow afternoon" is 18:00. */
const PART_ENDS: Record<string, number> = {
  上午: 12,
  中午: 13,
  下午: 18,
  傍晚: 19,
  晚上: 23,
  morning: 12,
  afternoon: 18,
  evening: 23,
};

interface Wall {
  date: string;
  hour: number;
  minute: number;
  offset: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const toNumber = (s: string | undefined): number | null =>
  s === undefined ? null : /^\d+$/.test(s) ? Number(s) : (EN_NUMBERS[s.toLowerCase()] ?? chineseNumber(s));

function wallOf(at: string): Wall | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(at);
  return m
    ? { date: m[1] ?? '', hour: Number(m[2]), minute: Number(m[3]), offset: m[4] === 'Z' ? '+00:00' : (m[4] ?? '') }
    : null;
}
const stamp = (date: string, hour: number, minute: number, offset: string): string =>
  `${date}T${pad(hour)}:${pad(minute)}:00${offset}`;

function afterSpan(w: Wall, n: number, unit: Unit): string | null {
  if (unit === 'minute' || unit === 'hour') {
    const minutes = w.hour * 60 + w.minute + n * (unit === 'hour' ? 60 : 1);
    const date = addCalendarDays(w.date, Math.floor(minutes / 1440));
    return date && stamp(date, Math.floor((minutes % 1440) / 60), minutes % 60, w.offset);
  }
  const date =
    unit === 'business-day' ? addBusinessDays(w.date, n) : addCalendarDays(w.date, n * (unit === 'week' ? 7 : 1));
  return date && stamp(date, 23, 59, w.offset);
}

function unitOf(word: string, business: boolean): Unit {
  if (/分钟|minute/i.test(word)) return 'minute';
  if (/小时|钟头|hour/i.test(word)) return 'hour';
  if (/周|星期|week/i.test(word)) return 'week';
  return business || /工作日/.test(word) ? 'business-day' : 'day';
}

function onDay(w: Wall, plusDays: number, part: string | undefined, hour?: number, minute = 0): string | null {
  const date = addCalendarDays(w.date, plusDays);
  if (!date) return null;
  if (hour !== undefined) {
    const h = part && /下午|傍晚|晚上/.test(part) && hour < 12 ? hour + 12 : hour;
    return h > 23 || minute > 59 ? null : stamp(date, h, minute, w.offset);
  }
  const end = part ? PART_ENDS[part.toLowerCase()] : undefined;
  return end === undefined || end === 23 ? stamp(date, 23, 59, w.offset) : stamp(date, end, 0, w.offset);
}

function untilWeekday(w: Wall, weekday: number, nextWeek: boolean): string | null {
  const today = new Date(`${w.date}T00:00:00Z`).getUTCDay();
  return onDay(w, ((weekday - today + 7) % 7) + (nextWeek ? 7 : 0), undefined);
}

/** The deadline a sentence promises, counted from `at` (RFC 3339 with offset), or null. */
export function promiseDeadline(sentence: string, at: string): string | null {
  const w = wallOf(at);
  if (!w) return null;
  const span = ZH_SPAN.exec(sentence) ?? EN_SPAN.exec(sentence);
  if (span) {
    const n = toNumber(span[2]) ?? toNumber(span[1]);
    const business = span.length > 4 && Boolean(span[3]);
    return n === null ? null : afterSpan(w, n, unitOf(span.at(-1) ?? '', business));
  }
  const zhDay = ZH_DAY.exec(sentence);
  if (zhDay) {
    const plus = /明/.test(zhDay[1] ?? '') ? 1 : zhDay[1] === '后天' ? 2 : 0;
    const hour = zhDay[3] === undefined ? undefined : Number(zhDay[3]);
    return onDay(w, plus, zhDay[2], hour, Number(zhDay[4] ?? 0));
  }
  const zhWeek = ZH_WEEKDAY.exec(sentence);
  if (zhWeek) return untilWeekday(w, WEEKDAYS_ZH.indexOf(zhWeek[2] === '天' ? '日' : (zhWeek[2] ?? '')), !!zhWeek[1]);
  const enDay = EN_DAY.exec(sentence);
  if (enDay) {
    const day = (enDay[1] ?? '').toLowerCase();
    return onDay(w, day === 'tomorrow' ? 1 : 0, enDay[2] ?? (day === 'tonight' ? 'evening' : undefined));
  }
  const tomorrow = EN_TOMORROW.exec(sentence);
  if (tomorrow) return onDay(w, 1, tomorrow[1]);
  const enWeek = EN_WEEKDAY.exec(sentence);
  if (enWeek) return untilWeekday(w, WEEKDAYS_EN.indexOf((enWeek[1] ?? '').toLowerCase()), /next/i.test(enWeek[0]));
  return null;
}

/** Sentences of a message: Chinese and Latin sentence ends and line breaks. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|(?<=\.)\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every promise with a deadline in a message, counted from the message's time `at`. */
export function findPromises(text: string, at: string): FoundPromise[] {
  return sentencesOf(text).flatMap((sentence) => {
    const deadline = promiseDeadline(sentence, at);
    return deadline ? [{ sentence, deadline }] : [];
  });
}
