// The browser window whose active tab the popup acts on. A real toolbar popup belongs to the window
// it opened from, which is also the last focused one. A popup page shown in a window of its own (as
// the Firefox tests drive it) acts on the browser window focused after it opened.
import browser from 'webextension-polyfill';

export async function targetWindowId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.windowId !== undefined && !tab.url?.startsWith(browser.runtime.getURL('src/ui/popup/'))) return tab.windowId;
  return (await browser.windows.getCurrent()).id;
}
