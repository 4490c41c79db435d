// Capture without the popup: the keyboard shortcut and the page's context menu. Success flashes
// the badge; a refusal also shows a notification, since there is no popup to explain it.
import browser from 'webextension-polyfill';
import type { ProofpackDb } from '../storage/db';
import { errorCodeOf } from '../messaging/server';
import { captureActiveTab } from './captureFlow';
import { flash } from './badge';
import { ensureReady } from './setup';
import { textIn } from '../domain/catalogue';
import { errorMessageKey } from '../messaging/errors';
import { MENU_TITLES, retitleMenus, workerLanguage } from './workerText';

export const CAPTURE_COMMAND = 'capture-screenshot';
export const CAPTURE_MENU_ID = 'proofpack-capture-screenshot';

async function quickCapture(db: ProofpackDb, windowId: number | undefined): Promise<void> {
  try {
    await ensureReady(db);
    await captureActiveTab(db, windowId);
    await flash(db, 'ok');
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
}

MENU_TITLES[CAPTURE_MENU_ID] = 'menuCaptureScreenshot';

export function registerQuickCapture(db: ProofpackDb): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CAPTURE_MENU_ID,
      title: browser.i18n.getMessage('menuCaptureScreenshot'),
      contexts: ['page', 'frame', 'image', 'link', 'selection'],
    });
    void retitleMenus(db);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CAPTURE_COMMAND) void quickCapture(db, tab?.windowId);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CAPTURE_MENU_ID) void quickCapture(db, tab?.windowId);
  });
}
