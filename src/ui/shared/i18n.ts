// UI strings from _locales, resolved here rather than by chrome.i18n so the panel can switch
// language on its own (Chinese users on English browsers) and tests can render either.
import browser from 'webextension-polyfill';
import { type MessageKey, textIn } from '../../domain/catalogue';
import { type Locale, localeFor, localeTag } from '../../domain/language';
import { systemTimeZone } from '../../domain/time';
import { dateKeyToUtc } from '../../domain/zonedTime';
import { formatTokenTime } from '../../domain/timestamp/display';

export type { MessageKey } from '../../domain/catalogue';

let current: Locale = localeFor(safeUiLanguage());
if (typeof document !== 'undefined') document.documentElement.lang = localeTag(current);

/** The catalogue the browser itself chose for the manifest and notifications (see localeTag). */
function safeUiLanguage(): string {
  try {
    return browser.i18n.getMessage('localeTag') || browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** The language the browser chose for Proofpack, whatever the panel was switched to since. */
export function browserUiLanguage(): Locale {
  return localeFor(safeUiLanguage());
}

export function setUiLanguage(language: Locale): void {
  current = language;
  document.documentElement.lang = localeTag(language);
}

export function uiLanguage(): Locale {
  return current;
}

/** The message for `key` with `$1`, `$2`… filled from `substitutions` (chrome.i18n's rules). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return textIn(current, key, substitutions);
}

/** A date-time as the user reads it, in the zone it was captured in (`seconds: false` for typed times). */
export function formatCaptureTime(epochMs: number, timeZone: string, withDate = true, seconds = true): string {
  const locale = current === 'zh_CN' ? localeTag(current) : undefined;
  return new Intl.DateTimeFormat(locale, {
    ...(withDate ? { dateStyle: 'medium' as const } : {}),
    timeStyle: seconds ? 'medium' : 'short',
    timeZone,
  }).format(new Date(epochMs));
}

/** A trusted timestamp's UTC time on the user's own clock: "30 Nov 2026, 10:02:05 (UTC+8)". */
export function formatStampTime(genTime: string): string {
  return formatTokenTime(genTime, systemTimeZone(), current === 'zh_CN' ? 'zh' : 'en');
}

/** A `YYYY-MM-DD` day as the user reads it: "8 December 2026", 「2026年12月8日」. */
export function formatDay(dateKey: string): string {
  const ms = dateKeyToUtc(dateKey);
  if (ms === null) return dateKey;
  const locale = current === 'zh_CN' ? localeTag(current) : undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(ms));
}
