// Dates, times and small text helpers shared by the letter writers. Times are shown in the case's
// zone; English variants differ in date order, clock and spelling.

import type { CaseLanguage } from '../case';
import { dateKeyToUtc, offsetMinutes, wallClockAt } from '../zonedTime';

const pad = (n: number): string => String(n).padStart(2, '0');

// Creating an Intl.DateTimeFormat costs far more than using one; a letter listing 2,000 exhibits
// formats thousands of dates, so formatters are kept per locale, zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function cachedFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions & { timeZone: string },
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** `2026年11月20日` / `20 November 2026` / `November 20, 2026`. */
export function formatDate(ms: number, zone: string, language: CaseLanguage): string {
  if (language === 'zh-CN') {
    const w = wallClockAt(ms, zone);
    return `${w.year}年${w.month}月${w.day}日`;
  }
  const locale = language === 'en-US' ? 'en-US' : 'en-GB';
  return cachedFormat(locale, { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' }).format(ms);
}

/** A `YYYY-MM-DD` key written out, or null for a bad key. */
export function formatDateKey(key: string | undefined, language: CaseLanguage): string | null {
  const ms = dateKeyToUtc(key);
  return ms === null ? null : formatDate(ms, 'UTC', language);
}

/** `09:15` (24-hour) or `9:15 AM` for en-US. */
export function formatClock(ms: number, zone: string, language: CaseLanguage): string {
  const w = wallClockAt(ms, zone);
  if (language !== 'en-US') return `${pad(w.hour)}:${pad(w.minute)}`;
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return `${h12}:${pad(w.minute)} ${w.hour < 12 ? 'AM' : 'PM'}`;
}

/** `2026年11月20日 09:15` / `20 November 2026 at 09:15`. */
export function formatDateTime(ms: number, zone: string, language: CaseLanguage): string {
  const date = formatDate(ms, zone, language);
  const clock = formatClock(ms, zone, language);
  if (language === 'zh-CN') return `${date} ${clock}`;
  // American style sets the year off with a comma: `November 20, 2026, at 9:15 AM`.
  return language === 'en-US' ? `${date}, at ${clock}` : `${date} at ${clock}`;
}

/** `北京时间` for China's zone, else `UTC+1` style from the offset at that instant. */
export function zoneLabel(ms: number, zone: string, language: CaseLanguage): string {
  const offset = offsetMinutes(ms, zone);
  if (language === 'zh-CN' && offset === 480 && /^Asia\/(Shanghai|Chongqing|Harbin|Urumqi)$/.test(zone))
    return '北京时间';
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

const TRAILING_PUNCT = /[\s。．.，,；;：:！!？?、]+$/u;

/** User text ready to sit inside a sentence: trimmed, spaces collapsed, no closing punctuation. */
export function clause(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim().replace(TRAILING_PUNCT, '').trim();
  return t ? t : undefined;
}

/** Chinese numerals for numbered demands: 一 … 十, 十一 … 九十九. */
export function chineseNumeral(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
  }
  return String(n);
}

/** Items numbered `一、…；` with the last ending in `。` (Chinese) or `1. …` (English). */
export function numberedList(items: readonly string[], language: CaseLanguage): string[] {
  const kept = items.map((i) => clause(i)).filter((i): i is string => Boolean(i));
  if (language === 'zh-CN')
    return kept.map((item, i) => `${chineseNumeral(i + 1)}、${item}${i === kept.length - 1 ? '。' : '；'}`);
  return kept.map((item, i) => `${i + 1}. ${item.charAt(0).toUpperCase()}${item.slice(1)}.`);
}

/** `两次` / `三次`: counts written out as a Chinese letter does. */
export function zhTimes(n: number): string {
  return n === 2 ? '两次' : `${chineseNumeral(n)}次`;
}

/** A staff number has digits (`8823`, `A-1029`); a name (`Dave`, `客服小李`) does not. */
export function isStaffId(agent: string): boolean {
  return /^[A-Za-z0-9-]+$/.test(agent) && /\d/.test(agent);
}

/** Whether free text already states this amount (`1,200`, `1200`, `1200.00`), so it is not counted twice. */
export function mentionsAmount(text: string | undefined, amount: number): boolean {
  if (!text) return false;
  const plain = text.replace(/(\d),(?=\d{3})/g, '$1');
  const forms = [amount.toFixed(2), Number.isInteger(amount) ? String(amount) : String(amount)];
  return forms.some((f) => new RegExp(`(?<![\\d.])${f.replace('.', '\\.')}(?![\\d])`).test(plain));
}

/** `a、b和c` / `a, b and c`. */
export function joinList(items: readonly string[], language: CaseLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  const head = items.slice(0, -1);
  return language === 'zh-CN' ? `${head.join('、')}和${last}` : `${head.join(', ')} and ${last}`;
}

const SPELLING: Record<string, string> = {
  organisation: 'organization',
  acknowledgement: 'acknowledgment',
  apologise: 'apologize',
  cancelled: 'canceled',
  favourable: 'favorable',
  recognise: 'recognize',
};

/** British spelling for en-GB and en-EU, American for en-US. */
export function spell(word: string, language: CaseLanguage): string {
  return language === 'en-US' ? (SPELLING[word] ?? word) : word;
}

/** An exhibit's caption on one line, or `fallback` (the kind's name) when the user wrote none. */
export function exhibitCaption(exhibit: { caption: string }, fallback: string): string {
  return exhibit.caption.replace(/\s+/g, ' ').trim() || fallback;
}
