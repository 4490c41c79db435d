import { describe, expect, it } from 'vitest';
import { isMessageKey, textIn } from '../../../src/domain/catalogue';
import { isLocale, languageOfCase, languageOfLocale, localeFor, localeTag } from '../../../src/domain/language';

describe('language vocabulary', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['en-EU', 'en'],
  ] as const)('writes a %s case in %s', (caseLanguage, language) => {
    expect(languageOfCase(caseLanguage)).toBe(language);
  });

  it.each([
    ['zh-TW', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['en-US', 'en'],
    ['fr', 'en'],
  ] as const)('picks the %s browser the %s catalogue', (tag, locale) => {
    expect(localeFor(tag)).toBe(locale);
    expect(languageOfLocale(locale)).toBe(locale === 'zh_CN' ? 'zh' : 'en');
    expect(localeTag(locale)).toBe(locale === 'zh_CN' ? 'zh-CN' : 'en');
    expect(isLocale(locale)).toBe(true);
    expect(isLocale(tag === 'fr' ? 'fr' : 'zh-CN')).toBe(false);
  });

  it('reads one catalogue in either locale and knows its keys', () => {
    expect(textIn('en', 'captureFailedTitle')).not.toBe(textIn('zh_CN', 'captureFailedTitle'));
    expect(isMessageKey('captureFailedTitle')).toBe(true);
    expect(isMessageKey('noSuchMessage')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
