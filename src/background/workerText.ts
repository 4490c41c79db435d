// Text the service worker shows itself (notifications, context-menu titles) in the language the
// user chose in the side panel, or the browser's when they chose none.
import browser from 'webextension-polyfill';
import type { ProofpackDb } from '../storage/db';
import { readSetting } from '../storage/settings';
import { type MessageKey, textIn } from '../domain/catalogue';
import type { Locale } from '../domain/language';
import { logFailure } from './log';

/** The panel's language setting, else the catalogue the browser chose for Proofpack. */
export async function workerLanguage(db: ProofpackDb): Promise<Locale> {
  const chosen = await readSetting(db, 'uiLanguage').catch((): '' => '');
  if (chosen) return chosen;
  return browser.i18n.getMessage('localeTag') === 'zh_CN' ? 'zh_CN' : 'en';
}

/** The context-menu items, titled in `language` (created at install, retitled when it changes). */
export const MENU_TITLES: Record<string, MessageKey> = {};

export async function retitleMenus(db: ProofpackDb): Promise<void> {
  const language = await workerLanguage(db);
  for (const [id, key] of Object.entries(MENU_TITLES))
    await browser.contextMenus
      .update(id, { title: textIn(language, key) })
      .catch(logFailure(`Retitling menu ${id}`, 'warn'));
}
