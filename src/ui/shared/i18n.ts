// UI strings from _locales, resolved here rather than by chrome.i18n so the panel can switch
// language on its own (Chinese users on English browsers) and tests can render either.
import browser from 'webextension-polyfill';
import { type Catalogue, catalogueMessage } from '../../domain/catalogue';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';

export type UiLanguage = 'en' | 'zh_CN';
export type MessageKey = keyof typeof en;

const CATALOGUES: Record<UiLanguage, Catalogue> = { en, zh_CN: zhCN };

export function uiLanguageFor(browserLanguage: string): UiLanguage {
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

let current: UiLanguage = uiLanguageFor(safeUiLanguage());
if (typeof document !== 'undefined') document.documentElement.lang = current === 'zh_CN' ? 'zh-CN' : 'en';

/** The catalogue the browser itself chose for the manifest and notifications (see localeTag). */
function safeUiLanguage(): string {
  try {
    return browser.i18n.getMessage('localeTag') || browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** The language the browser chose for Proofpack, whatever the panel was switched to since. */
export function browserUiLanguage(): UiLanguage {
  return uiLanguageFor(safeUiLanguage());
}

export function setUiLanguage(language: UiLanguage): void {
  current = language;
  document.documentElement.lang = language === 'zh_CN' ? 'zh-CN' : 'en';
}

export function uiLanguage(): UiLanguage {
  return current;
}

/** The message for `key` with `$1`, `$2`… filled from `substitutions` (chrome.i18n's rules). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return (
    catalogueMessage(CATALOGUES[current], key, substitutions) ??
    catalogueMessage(CATALOGUES.en, key, substitutions) ??
    key
  );
}

/** A date-time as the user reads it, in the zone it was captured in (`seconds: false` for typed times). */
export function formatCaptureTime(epochMs: number, timeZone: string, withDate = true, seconds = true): string {
  const locale = current === 'zh_CN' ? 'zh-CN' : undefined;
  return new Intl.DateTimeFormat(locale, {
    ...(withDate ? { dateStyle: 'medium' as const } : {}),
    timeStyle: seconds ? 'medium' : 'short',
    timeZone,
  }).format(new Date(epochMs));
}
