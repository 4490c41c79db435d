// Screenshots of chat capture and the bundle for the README: the popup after Capture chat, the
// transcript in the side panel, the panel after Export bundle, the Verify view, and the exported
// index.html opened offline from the unzipped bundle, checking the zip it came in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowDownloads, openPopup } from './chromium.mjs';

async function waitForZip(dir) {
  for (let i = 0; i < 100; i++) {
    const zip = readdirSync(dir).find((f) => f.endsWith('.zip'));
    if (zip) return join(dir, zip);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('No bundle was downloaded');
}

/**
 * @param {*} session a launchWithExtension session
 * @param {*} server the fixture server
 * @param {import('playwright-core').Page} panel the side panel page (case already filled)
 * @param {string} out folder for the PNGs
 * @param {'en'|'zh'} suffix
 */
export async function shootChatAndBundle(session, server, panel, out, suffix) {
  await allowDownloads(session);
  const provider = session.context.pages()[0];
  await provider.goto(server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
  await provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
  await provider.bringToFront();
  const popup = await openPopup(session);
  await popup.page.locator('section.chat .chat-row button').first().click();
  await popup.page.locator('[data-testid=chat-status] .status').first().waitFor();
  await popup.page.screenshot({ path: `${out}popup-chat-${suffix}.png` });
  await popup.close();

  await panel.reload();
  await panel.locator('#tab-evidence').click();
  const openLabel = suffix === 'zh' ? '查看聊天记录' : 'Open chat transcript';
  await panel
    .getByTestId('evidence-item')
    .getByRole('button', { name: new RegExp(`^${openLabel}`) })
    .first()
    .click();
  await panel.getByTestId('transcript-viewer').getByTestId('chat-message').first().waitFor();
  await panel.screenshot({ path: `${out}sidepanel-transcript-${suffix}.png` });
  await panel.keyboard.press('Escape');

  for (const f of readdirSync(session.downloadsDir)) rmSync(join(session.downloadsDir, f), { force: true });
  await panel.locator('.bundle-export button.primary').click();
  const zip = await waitForZip(session.downloadsDir);
  await panel.locator('.bundle-export [role=status]').filter({ hasText: /\.zip/ }).waitFor();
  await panel.locator('.panel-header .menu-button').click();
  await panel.locator('[role=menuitem]').nth(4).click();
  await panel.locator('.bundle-tool input[type=file]').first().setInputFiles(zip);
  await panel.locator('.verify-result').waitFor();
  await panel.getByTestId('bundle-dialog').screenshot({ path: `${out}sidepanel-bundle-${suffix}.png` });

  const dir = mkdtempSync(join(tmpdir(), 'proofpack-shot-'));
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  const viewer = await session.context.newPage();
  await viewer.setViewportSize({ width: 1000, height: 1200 });
  await viewer.goto(`file://${dir}/index.html`);
  // The recipient's self-check, given the zip: its verdict and the first files, under the case header.
  await viewer.locator('#check-zip').setInputFiles(zip);
  await viewer.locator('#check-verdict[data-state=intact]').waitFor();
  await viewer.screenshot({ path: `${out}bundle-index-${suffix}.png` });
  await viewer.close();
  await panel.keyboard.press('Escape');
  rmSync(dir, { recursive: true, force: true });
}
