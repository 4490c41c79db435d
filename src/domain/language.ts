// The two ways Proofpack names a language: the language a text is written in (letters, tables,
// durations) and the _locales catalogue the interface speaks. Each is declared here only.
import type { CaseLanguage } from './case';

/** The language a text is written in: Chinese or English. */
export type Language = 'zh' | 'en';

/** A _locales catalogue (folder name under public/_locales): the interface's language. */
export type Locale = 'en' | 'zh_CN';

/** Whether `value` names a catalogue (e.g. a `<select>`'s value). */
export function isLocale(value: string): value is Locale {
  return value === 'en' || value === 'zh_CN';
}

/** The language a case's documents are written in. */
export function languageOfCase(language: CaseLanguage): Language {
  return language === 'zh-CN' ? 'zh' : 'en';
}

/** The language a catalogue's text is written in. */
export function languageOfLocale(locale: Locale): Language {
  return locale === 'zh_CN' ? 'zh' : 'en';
}

/** The catalogue for a browser language tag (`zh-TW`, `zh_CN`, `en-US`…): Chinese or English. */
export function localeFor(browserLanguage: string): Locale {
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** The BCP 47 tag of a catalogue, for `lang` attributes and Intl. */
export function localeTag(locale: Locale): 'zh-CN' | 'en' {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}
