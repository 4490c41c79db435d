// `npm run screenshots`: pictures of the real UI for the README, in English and Chinese. Builds
// dist/, captures the demo provider page twice, then photographs the popup and the side panel,
// a captured chat, the bundle tools and the exported bundle's index.html, and the welcome page.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, openPopup } from './lib/chromium.mjs';
import { startFixtureServer } from './lib/fixtureServer.mjs';
import { shootChatAndBundle } from './lib/bundleShots.mjs';
import { fillDemoCase } from './lib/workspaceDemo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/images/', import.meta.url));
mkdirSync(out, { recursive: true });
const build = spawnSync(
  fileURLToPath(new URL('../node_modules/.bin/vite', import.meta.url)),
  ['build', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// The demo chat holds emoji: without a colour emoji font Chromium draws some as empty boxes.
const fonts = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
if (!/emoji/i.test(fonts.stdout ?? '')) {
  console.error('No emoji font: run `apt-get install fonts-noto-color-emoji` first (emoji would show as boxes).');
  process.exit(1);
}

const server = await startFixtureServer();
for (const [locale, suffix] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
]) {
  const session = await launchWithExtension({ locale, keepWelcome: true });
  try {
    // The first-run page the install opened.
    if (session.welcomePage) {
      await session.welcomePage.setViewportSize({ width: 900, height: 1000 });
      await session.welcomePage.locator('kbd').waitFor();
      await session.welcomePage.screenshot({ path: `${out}welcome-${suffix}.png` });
      await session.welcomePage.close();
    }
    const provider = session.context.pages()[0] ?? (await session.context.newPage());
    await provider.goto(server.hostUrl('support.clouddesk.test', 'provider/index.html'));
    await provider.screenshot({ path: `${out}provider-page.png` });
    for (let i = 0; i < 2; i++) {
      await provider.bringToFront();
      const popup = await openPopup(session);
      await popup.page.locator('button.capture.primary').click();
      await popup.page.locator('[data-testid=capture-status] .status').waitFor();
      if (i === 1) {
        await popup.page.locator('img[alt]').last().waitFor();
        await popup.page.screenshot({ path: `${out}popup-${suffix}.png` });
      }
      await popup.close();
      await new Promise((r) => setTimeout(r, 700));
    }
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 360, height: 665 });
    await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
    await panel.locator('[data-testid=evidence-item] img').first().waitFor();
    await panel
      .locator('[data-testid=evidence-item] input')
      .first()
      .fill(suffix === 'zh' ? '云电脑无法连接，错误代码 0x3000046' : 'Cloud PC cannot connect, error 0x3000046');
    await panel.locator('[data-testid=evidence-item] input').first().blur();
    await panel.screenshot({ path: `${out}sidepanel-${suffix}.png` });
    // Every tab of the case workspace, light and dark, at side-panel width.
    await fillDemoCase(panel, suffix);
    for (const scheme of ['light', 'dark']) {
      await panel.emulateMedia({ colorScheme: scheme });
      for (const tab of ['evidence', 'facts', 'contacts', 'timeline', 'letter']) {
        await panel.reload();
        await panel.locator(`#tab-${tab}`).click();
        await panel.locator('[role=tabpanel] section').first().waitFor();
        await panel.waitForTimeout(400);
        await panel.screenshot({ path: `${out}sidepanel-${tab}-${suffix}-${scheme}.png` });
      }
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    await shootChatAndBundle(session, server, panel, out, suffix);
    await panel.locator('#tab-letter').click();
    await panel.locator('#letter-text').waitFor();
    await panel.emulateMedia({ media: 'print' });
    // The printed letter, for a look at A4 output (not kept in the repository).
    await panel.pdf({ path: join(tmpdir(), `proofpack-letter-${suffix}.pdf`), format: 'A4' });
    console.log(`Saved ${suffix} screenshots in docs/images/`);
  } finally {
    await session.close();
  }
}
await server.close();
