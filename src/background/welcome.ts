// The first-run welcome page: opened once, when Proofpack is installed (not on updates).
import browser from 'webextension-polyfill';
import { logFailure } from './log';

export const WELCOME_PAGE = 'src/ui/welcome/index.html';

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(logFailure('Welcome page', 'warn'));
  });
}
