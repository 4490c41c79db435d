// The case language for new cases: Chinese when the browser chose our Chinese catalogue,
// otherwise English with the region the browser reports (en-US vs en-GB letters differ).
import browser from 'webextension-polyfill';
import { type CaseLanguage, caseLanguageFor } from '../domain/case';

export function browserCaseLanguage(): CaseLanguage {
  return browser.i18n.getMessage('localeTag') === 'zh_CN' ? 'zh-CN' : caseLanguageFor(browser.i18n.getUILanguage());
}
