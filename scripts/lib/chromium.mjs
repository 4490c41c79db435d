// Launches Chromium with the built extension (dist/) loaded, and reaches its real popup, pages
import { fileURLToPath } from 'node:url';
// and service worker. Shared by the e2e tests, `npm run bench`, `npm start` and the README
// screenshots. Facts behind each step: docs/testing.md.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

export function chromePath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/**
 * `dist`: the built extension to load (dist/ by default; the widget zoo also loads a build without adapters).
 * @param {{
 *   dist?: string, parentDir?: string, userDataDir?: string, headless?: boolean, locale?: string,
 *   downloadsDir?: string, args?: string[],
 *   viewport?: { width: number, height: number } | null,
 *   keepWelcome?: boolean, backForwardCache?: boolean
 * }} [options]
 */
export async function launchWithExtension(options = {}) {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run \`npm run build\` first`);
  // `userDataDir`: an existing profile to start again (a browser restart); a fresh one otherwise.
  const userDataDir = options.userDataDir ?? mkdtempSync(join(options.parentDir ?? tmpdir(), 'proofpack-profile-'));
  const downloadsDir = options.downloadsDir ?? join(userDataDir, 'Downloads');
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  mkdirSync(downloadsDir, { recursive: true });
  // A profile started again keeps the Preferences its browser wrote.
  if (!options.userDataDir)
    writeFileSync(
      join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }),
    );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    // No emulated viewport: the tabs API then reports the same size the page really has.
    viewport: options.viewport ?? null,
    // Playwright turns the back/forward cache off; `backForwardCache` keeps it on, as in the user's browser.
    ignoreDefaultArgs: ['--disable-extensions', ...(options.backForwardCache ? ['--disable-back-forward-cache'] : [])],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      '--window-size=1280,800',
      // Provider-like host names (support.clouddesk.test) for the local fixture server.
      '--host-resolver-rules=MAP *.test 127.0.0.1, MAP *.example.cn 127.0.0.1',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
  });
  // A fresh profile installs Proofpack, which opens its welcome tab; tests and scripts start from
  // the browser's own first tab, so it is closed unless asked for (options.keepWelcome).
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  // A profile started again installed Proofpack before: no welcome tab to wait for.
  const welcomePage = options.userDataDir ? null : await findWelcomePage(context);
  if (!options.keepWelcome) await welcomePage?.close();
  return {
    context,
    extensionId,
    /** The welcome tab the install opened, when options.keepWelcome asked to keep it. */
    welcomePage: options.keepWelcome ? welcomePage : null,
    userDataDir,
    downloadsDir,
    /** The running service worker, or null after it was stopped (the next event starts one). */
    runningServiceWorker() {
      return (
        context
          .serviceWorkers()
          .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`) && !this.stoppedWorkers.has(w)) ?? null
      );
    },
    /** Workers stopped through stopServiceWorker(); Playwright may still list them. */
    stoppedWorkers: new Set(),
    /** The running service worker, woken through an extension page if it was stopped. */
    async serviceWorker() {
      const live = this.runningServiceWorker();
      if (live) return live;
      const waiting = context.waitForEvent('serviceworker');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html`);
      const worker = await waiting;
      await page.close();
      return worker;
    },
    extensionUrl: (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    debuggingPort() {
      return Number(readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof launchWithExtension>>} ExtensionSession */

/**
 * The welcome tab Proofpack opens on install (its URL may show only once it has navigated).
 * @param {import('playwright-core').BrowserContext} context
 */
async function findWelcomePage(context) {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const page = context.pages().find((p) => p.url().includes('/src/ui/welcome/'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * Opens the real toolbar popup and returns its page, reached through a fresh CDP connection.
 * @param {ExtensionSession} session
 */
export async function openPopup(session) {
  // After a worker stop, open the popup from an extension page so the popup itself wakes the worker.
  const opener =
    session.runningServiceWorker() ?? session.context.pages().find((p) => p.url().startsWith(session.extensionUrl('')));
  if (!opener) throw new Error('Nothing to open the popup from: keep an extension page open');
  await opener.evaluate(() => chrome.action.openPopup());
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${session.debuggingPort()}`);
  const popupUrl = session.extensionUrl('src/ui/popup/index.html');
  for (let i = 0; i < 40; i++) {
    const page = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith(popupUrl));
    if (page) {
      await page.waitForLoadState('domcontentloaded');
      return {
        page,
        async close() {
          // Wait until it is really gone, or the next openPopup() could find this closing page.
          const closed = page.isClosed()
            ? Promise.resolve()
            : page.waitForEvent('close', { timeout: 5000 }).catch(() => undefined);
          await page.evaluate(() => window.close()).catch(() => undefined);
          await closed;
          await cdp.close().catch(() => undefined);
        },
      };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await cdp.close();
  throw new Error('The popup did not open');
}

/**
 * Stops the extension's service worker as Chromium does when it is idle.
 * @param {ExtensionSession} session
 */
export async function stopServiceWorker(session) {
  const cdp = await session.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser CDP session');
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos) {
    if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`)) {
      const stopped = session.runningServiceWorker();
      await cdp.send('Target.closeTarget', { targetId: t.targetId });
      if (stopped) session.stoppedWorkers.add(stopped);
    }
  }
  for (let i = 0; i < 50; i++) {
    const { targetInfos: now } = await cdp.send('Target.getTargets');
    if (!now.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`)))
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await cdp.detach();
}

/**
 * Lets downloads land in the profile's downloads folder (Preferences' default_directory) under
 * their own names, as a user's browser does; headless Chromium denies them otherwise.
 * @param {ExtensionSession} session
 */
export async function allowDownloads(session) {
  const cdp = await session.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser CDP session');
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default', eventsEnabled: true });
  await cdp.detach();
}
