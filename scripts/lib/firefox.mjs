// Launches Firefox ESR with the Firefox build (dist-firefox/) installed as a temporary add-on and
// reaches its pages, driven by puppeteer-core over WebDriver BiDi. Shared by the Firefox e2e tests.
// What works and why: docs/testing-firefox.md (and ../shared/TESTING.md on these machines).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');

export function firefoxPath() {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/**
 * @param {{ parentDir?: string, prefs?: Record<string, unknown> }} [options]
 */
export async function launchFirefoxWithExtension(options = {}) {
  const manifestFile = join(DIST_FIREFOX, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first');
  const geckoId = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const workDir = mkdtempSync(join(options.parentDir ?? tmpdir(), 'proofpack-firefox-'));
  const downloadsDir = join(workDir, 'Downloads');
  mkdirSync(downloadsDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: null,
    // Lets BiDi navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: {
      // A known moz-extension://<uuid>/ origin for the add-on.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Provider-like host names (support.clouddesk.test) reach the local fixture server.
      'network.dns.forceResolve': '127.0.0.1',
      // Downloads land under their own name in a known folder, with no dialog.
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  const extensionUrl = (/** @type {string} */ path) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  return {
    browser,
    uuid,
    downloadsDir,
    extensionUrl,
    /**
     * Opens an extension page in a new tab (or window). page.goto() never resolves for extension
     * pages (no load events, Firefox bug 1755014); BiDi's navigate waiting for 'complete' does.
     * @param {string} path
     * @param {{ window?: boolean, background?: boolean }} [how]
     */
    async openExtensionPage(path, how = {}) {
      const page = await browser.newPage({ type: how.window ? 'window' : 'tab', background: how.background ?? false });
      await gotoExtensionPage(page, extensionUrl(path));
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof launchFirefoxWithExtension>>} FirefoxSession */

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} url a moz-extension:// URL
 */
export async function gotoExtensionPage(page, url) {
  await page.mainFrame().browsingContext.navigate(url, 'complete');
}

/**
 * Opens the popup's page the way the toolbar would show it over `provider`: the page in a window of
 * its own, created in the background so the provider's window stays the last focused one from the
 * popup's first render on (its `tabs.query({active: true, lastFocusedWindow: true})` finds the
 * provider's tab); the provider's window is focused again explicitly and checked. (`action.openPopup()`
 * works in Firefox, but its panel is not a page puppeteer can reach.)
 * @param {FirefoxSession} session
 * @param {import('puppeteer-core').Page} provider
 */
export async function openPopupWindow(session, provider) {
  await provider.bringToFront();
  const providerUrl = provider.url();
  const popup = await session.openExtensionPage('src/ui/popup/index.html', { window: true, background: true });
  const focused = await popup.evaluate(async (url) => {
    // The one other window is the provider's (tab URLs are hidden when site access is revoked).
    const own = (await browser.windows.getCurrent()).id;
    const others = (await browser.windows.getAll()).filter((w) => w.id !== own && w.type === 'normal');
    if (others.length !== 1 || others[0]?.id === undefined) return `${others.length} other windows`;
    await browser.windows.update(others[0].id, { focused: true });
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.windowId === others[0].id && (tab.url ?? url) === url ? url : `tab ${tab?.url}`;
  }, providerUrl);
  if (focused !== providerUrl) throw new Error(`The provider's tab is not the popup's target: ${focused}`);
  return popup;
}
