// The page's context menu on a text selection: "Save selection as evidence".
import browser from 'webextension-polyfill';
import { errorCodeOf } from '../messaging/server';
import { textIn } from '../domain/catalogue';
import { errorMessageKey } from '../messaging/errors';
import type { ProofpackDb } from '../storage/db';
import { flash } from './badge';
import { saveSelectionFromMenu } from './selection';
import { ensureReady } from './setup';
import { MENU_TITLES, retitleMenus, workerLanguage } from './workerText';

export const SELECTION_MENU_ID = 'proofpack-save-selection';

MENU_TITLES[SELECTION_MENU_ID] = 'selectionMenuSave';

export function registerSelectionMenu(db: ProofpackDb): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SELECTION_MENU_ID,
      title: browser.i18n.getMessage('selectionMenuSave'),
      contexts: ['selection'],
    });
    void retitleMenus(db);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SELECTION_MENU_ID) return;
    void (async () => {
      try {
        await ensureReady(db);
        const outcome = await saveSelectionFromMenu(db, info, tab);
        await flash(db, outcome.saved ? 'ok' : 'error');
      } catch (error) {
        await flash(db, 'error');
        const language = await workerLanguage(db);
        const message = textIn(language, errorMessageKey(errorCodeOf(error)));
        await browser.notifications
          .create({
            type: 'basic',
            iconUrl: browser.runtime.getURL('icons/icon-128.png'),
            title: textIn(language, 'captureFailedTitle'),
            message,
          })
          .catch(() => undefined);
      }
    })();
  });
}
