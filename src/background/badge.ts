// The toolbar badge: the current case's item count, flashed with a tick after a capture made
// without the popup (shortcut, context menu) so the user sees it worked.
import browser from 'webextension-polyfill';

const OK_COLOUR = '#0f766e';
const ERROR_COLOUR = '#b91c1c';
const FLASH_MS = 1500;

export async function showCount(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: OK_COLOUR });
  await browser.action.setBadgeText({ text: count > 0 ? (count > 999 ? '999+' : String(count)) : '' });
}

export async function flash(kind: 'ok' | 'error', thenCount: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: kind === 'ok' ? OK_COLOUR : ERROR_COLOUR });
  await browser.action.setBadgeText({ text: kind === 'ok' ? '✓' : '!' });
  setTimeout(() => void showCount(thenCount), FLASH_MS);
}
