// Capture without the popup: the keyboard shortcut and the page's context menu (visible part or full
// page). Success flashes
// the badge; a refusal also shows a notification, since there is no popup to explain it.
import browser from 'webextension-polyfill';
import type { WorkerDeps } from './deps';
import { captureActiveTab } from './captureFlow';
import { captureFullPageOfTab } from './fullPageFlow';
import { flash } from './badge';
import { ensureReady } from './setup';
import { notifyCaptureFailed } from './afterCapture';
import { MENU_TITLES, retitleMenus } from './workerText';

export const CAPTURE_COMMAND = 'capture-screenshot';
export const CAPTURE_MENU_ID = 'proofpack-capture-screenshot';
export const FULL_PAGE_MENU_ID = 'proofpack-capture-full-page';

async function quickCapture(deps: WorkerDeps, windowId: number | undefined, fullPage = false): Promise<void> {
  const { db } = deps;
  try {
    await ensureReady(deps);
    if (fullPage) await captureFullPageOfTab(deps, windowId, crypto.randomUUID());
    else await captureActiveTab(deps, windowId);
    await flash(db, 'ok');
  } catch (error) {
    await notifyCaptureFailed(db, 'Quick capture', error);
  }
}

MENU_TITLES[CAPTURE_MENU_ID] = 'menuCaptureScreenshot';
MENU_TITLES[FULL_PAGE_MENU_ID] = 'menuCaptureFullPage';

export function registerQuickCapture(deps: WorkerDeps): void {
  const { db } = deps;
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CAPTURE_MENU_ID,
      title: browser.i18n.getMessage('menuCaptureScreenshot'),
      contexts: ['page', 'frame', 'image', 'link', 'selection'],
    });
    browser.contextMenus.create({
      id: FULL_PAGE_MENU_ID,
      title: browser.i18n.getMessage('menuCaptureFullPage'),
      contexts: ['page', 'frame', 'image', 'link', 'selection'],
    });
    void retitleMenus(db);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CAPTURE_COMMAND) void quickCapture(deps, tab?.windowId);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CAPTURE_MENU_ID) void quickCapture(deps, tab?.windowId);
    if (info.menuItemId === FULL_PAGE_MENU_ID) void quickCapture(deps, tab?.windowId, true);
  });
}
