// The usual Firefox e2e set-up: Firefox ESR with dist-firefox/ installed, the fixture server, a
// provider tab, and an extension page kept open to read IndexedDB from; plus the popup, driven as a
// user does (real clicks over WebDriver BiDi, so permission requests see a user gesture).
import type { Page } from 'puppeteer-core';
import type { Page as PlaywrightPage } from 'playwright-core';
import { type FirefoxSession, launchFirefoxWithExtension, openPopupWindow } from '../../../scripts/lib/firefox.mjs';
import { startFixtureServer } from '../../../scripts/lib/fixtureServer.mjs';
import { readStore } from '../../e2e/support/store';

export interface FirefoxProviderSession {
  session: FirefoxSession;
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  provider: Page;
  inspector: Page;
  close(): Promise<void>;
}

export async function openFirefoxProviderSession(
  providerPath?: string,
  prefs: Record<string, unknown> = {},
): Promise<FirefoxProviderSession> {
  const server = await startFixtureServer();
  const session = await launchFirefoxWithExtension({ prefs });
  const [blank] = await session.browser.pages();
  const inspector = await session.openExtensionPage('src/ui/sidepanel/index.html');
  await blank?.close();
  const provider = await session.browser.newPage();
  if (providerPath) await provider.goto(server.url(providerPath));
  return {
    session,
    server,
    provider,
    inspector,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/** The store reader shared with the Chromium tests: it only calls page.evaluate(fn, arg), as both APIs do. */
export const readFirefoxStore = (page: Page) => readStore(page as unknown as PlaywrightPage);

/** The button (or link) whose visible text is `label`, waiting for it. */
export async function button(page: Page, label: string) {
  const handle = await page.waitForSelector(`::-p-xpath(//button[normalize-space()=${JSON.stringify(label)}])`, {
    timeout: 15_000,
  });
  if (!handle) throw new Error(`No button "${label}"`);
  return handle;
}

/** Text of the first element matching `selector` once it appears. */
export async function textOf(page: Page, selector: string, timeout = 20_000): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout });
  return ((await handle?.evaluate((e) => (e as HTMLElement).innerText)) ?? '').trim();
}

/** Opens the popup over the provider's tab, lets `work` use it, and closes it. */
export async function withFirefoxPopup<T>(fps: FirefoxProviderSession, work: (popup: Page) => Promise<T>): Promise<T> {
  const popup = await openPopupWindow(fps.session, fps.provider);
  try {
    await popup.waitForFunction(() => /\d/.test(document.querySelector('[data-testid=item-count]')?.textContent ?? ''));
    return await work(popup);
  } finally {
    await popup.close();
  }
}
