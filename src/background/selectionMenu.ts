// The page's context menu on a text selection: "Save selection as evidence".
import browser from 'webextension-polyfill';
import type { WorkerDeps } from './deps';
import { flash } from './badge';
import { saveSelectionFromMenu } from './selection';
import { ensureReady } from './setup';
import { notifyCaptureFailed } from './afterCapture';
import { MENU_TITLES, retitleMenus } from './workerText';

export const SELECTION_MENU_ID = 'proofpack-save-selection';

MENU_TITLES[SELECTION_MENU_ID] = 'selectionMenuSave';

export function registerSelectionMenu(deps: WorkerDeps): void {
  const { db } = deps;
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
        await ensureReady(deps);
        const outcome = await saveSelectionFromMenu(deps, info, tab);
        await flash(db, outcome.saved ? 'ok' : 'error');
      } catch (error) {
        await notifyCaptureFailed(db, 'Saving the selection', error);
      }
    })();
  });
}
