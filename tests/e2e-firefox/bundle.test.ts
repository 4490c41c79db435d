// Firefox: a user captures a screenshot and a chat, fills in the case in the workspace (the sidebar's
// page), exports the bundle through Firefox's downloads, has it verified (the panel's Verify,
// `npm run verify` and the bundle's own index.html from file://), deletes the case and imports the
// bundle back with every hash unchanged.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerifier, waitForDownload } from '../e2e/support/bundleReaders';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';

let fps: FirefoxProviderSession;
let panel: Page;
let caseId: string;
const CASE_TITLE = '天翼云电脑 断连 (11月)';
const work = mkdtempSync(join(tmpdir(), 'proofpack-firefox-bundle-'));
const stored = new Map<string, string>(); // evidence id → sha256 at capture

const send = (page: Page, type: string, payload: unknown) =>
  page.evaluate((message) => browser.runtime.sendMessage(message), { channel: 'proofpack', type, payload }) as Promise<{
    ok: boolean;
    value: { id: string };
  }>;

/** The form control whose label reads `label` (label[for] or a wrapping label). */
async function field(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  await page.waitForFunction(
    (l) => [...document.querySelectorAll('label')].some((e) => e.textContent?.trim() === l && e.control),
    {},
    label,
  );
  const handle = await page.evaluateHandle(
    (l) => [...document.querySelectorAll('label')].find((e) => e.textContent?.trim() === l)?.control,
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

async function exportBundle(): Promise<string> {
  const before = new Set(readdirSync(fps.session.downloadsDir));
  await (await button(panel, 'Export bundle')).click();
  await panel.waitForFunction(() => /Saved .+\.zip to your downloads\./.test(document.body.innerText), {
    timeout: 30_000,
  });
  await waitForDownload(fps.session.downloadsDir, /\.zip$/);
  const fresh = readdirSync(fps.session.downloadsDir).filter((f) => !before.has(f));
  expect(fresh).toHaveLength(1);
  return join(fps.session.downloadsDir, fresh[0] as string);
}

async function hashesIn(zipPath: string) {
  const zip = await JSZip.loadAsync(readFileSync(zipPath), { checkCRC32: true });
  const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
  return (manifest.items as { exhibit: string; files: { path: string; sha256: string }[] }[]).map((i) => [
    i.exhibit,
    i.files.map((f) => [f.path, f.sha256]),
  ]);
}

beforeAll(async () => {
  fps = await openFirefoxProviderSession('provider/index.html');
  caseId = (
    await send(fps.inspector, 'case/create', {
      title: CASE_TITLE,
      provider: 'CloudDesk',
      providerSite: 'clouddesk.test',
    })
  ).value.id;
  await withFirefoxPopup(fps, async (popup) => {
    await (await button(popup, 'Capture screenshot')).click();
    expect(await textOf(popup, '[data-testid=capture-status] .status.ok')).toMatch(/^Saved at /);
  });
  await fps.provider.goto(fps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
  await (await (await fps.provider.waitForSelector('#widget'))?.contentFrame())?.waitForSelector(
    '.intercom-conversation-part',
  );
  await withFirefoxPopup(fps, async (popup) => {
    await (await button(popup, 'Capture chat')).click();
    expect(await textOf(popup, '[data-testid=chat-status] .status')).toBe('Saved 4 messages from Intercom');
  });
  for (const { record } of (await readFirefoxStore(fps.inspector)).items)
    stored.set(record.id, record.kind === 'screenshot' ? record.image.sha256 : record.file.sha256);
  // A screenshot, the chat, and the screenshot Capture chat takes beside it.
  expect(stored.size).toBe(3);
  panel = await fps.session.openExtensionPage('src/ui/sidepanel/index.html');
});

afterAll(async () => {
  await fps?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Firefox: case, bundle, verify, import', () => {
  let firstZip: string;

  it('fills in the case facts and exports a bundle that the verifier accepts', async () => {
    await (await panel.waitForSelector('#tab-facts'))?.click();
    await (await field(panel, 'Account number')).type('CD-778812');
    await (await field(panel, 'Your name')).type('Li Wei');
    await (await field(panel, 'Your name')).evaluate((e) => e.blur());
    await panel.waitForFunction(
      async (id) => {
        const reply = await browser.runtime.sendMessage({
          channel: 'proofpack',
          type: 'workspace/get',
          payload: { caseId: id },
        });
        return JSON.stringify(reply).includes('CD-778812') && JSON.stringify(reply).includes('Li Wei');
      },
      { polling: 200, timeout: 10_000 },
      caseId,
    );
    firstZip = await exportBundle();
    expect(firstZip.split('/').pop()).toMatch(/^天翼云电脑-断连-11月-\d{4}-\d\d-\d\d\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync(firstZip));
    expect(await zip.file('case.json')?.async('string')).toContain('CD-778812');
    const verify = runVerifier(firstZip);
    expect(verify.output).toContain('OK: every file matches');
    expect(verify.status).toBe(0);
  });

  // Firefox's WebDriver BiDi cannot set a folder on a webkitdirectory input (NS_ERROR_FILE_IS_DIRECTORY):
  // the folder is given to the page in tests/e2e/bundleTools.test.ts (Chromium).
  it('has an index.html that checks the zip offline from file://, and names a changed file', async () => {
    const dir = join(work, 'unzipped');
    execFileSync('unzip', ['-q', firstZip, '-d', dir]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const png: string = manifest.items[0].files[0].path;
    const bytes = readFileSync(firstZip);
    const at = bytes.indexOf(Buffer.from(png)) + Buffer.byteLength(png) + 200; // inside the stored PNG data
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const tampered = join(work, 'tampered.zip');
    writeFileSync(tampered, bytes);

    const page = await fps.session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`file://${dir}/index.html`);
    await page.waitForSelector('#check:not([hidden])');
    const verdict = async (state: string) => textOf(page, `#check-verdict[data-state=${state}]`);
    const give = async (selector: string, path: string) => {
      await page.evaluate(() => document.getElementById('check-verdict')?.removeAttribute('data-state'));
      await ((await page.$(selector)) as ElementHandle<HTMLInputElement>).uploadFile(path);
    };
    await give('#check-zip', firstZip);
    expect(await verdict('intact')).toMatch(/^✓ Intact: all \d+ files match their SHA-256 in manifest\.json\.$/);
    await give('#check-zip', tampered);
    expect(await verdict('altered')).toBe('✗ Altered: this bundle is not as it was exported.');
    expect(await page.$$eval('#check-result li.altered', (rows) => rows.map((r) => r.textContent))).toEqual([
      `Altered ${png}`,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the bundle intact in the panel, and imports it back after the case is deleted', async () => {
    const copy = join(work, 'first.zip');
    copyFileSync(firstZip, copy);
    // Verify and import live in the header's ⋯ menu.
    await (await panel.waitForSelector('.panel-header .menu-button'))?.click();
    await (
      await panel.waitForSelector('::-p-xpath(//*[@role="menuitem"][normalize-space()="Verify or import a bundle"])')
    )?.click();
    const verifyPicker = (await field(panel, 'Choose a bundle (.zip) to verify')) as ElementHandle<HTMLInputElement>;
    await verifyPicker.uploadFile(copy);
    await panel.waitForSelector('.verify-result[data-state=intact]', { timeout: 20_000 });
    expect(await textOf(panel, '.verify-result')).toMatch(/Intact: all \d+ files match the manifest\./);

    expect((await send(fps.inspector, 'case/delete', { caseId })).ok).toBe(true);
    expect((await readFirefoxStore(fps.inspector)).items).toHaveLength(0);
    const importPicker = (await field(panel, 'Choose a bundle (.zip) to import')) as ElementHandle<HTMLInputElement>;
    await importPicker.uploadFile(copy);
    await panel.waitForFunction(
      (title) => document.body.innerText.includes(`Imported “${title}” with 3 items.`),
      { timeout: 20_000 },
      CASE_TITLE,
    );
    const { items } = await readFirefoxStore(fps.inspector);
    expect(
      new Map(
        items.map((i) => [i.record.id, i.record.kind === 'screenshot' ? i.record.image.sha256 : i.record.file.sha256]),
      ),
    ).toEqual(stored);
    await panel.keyboard.press('Escape'); // closes the Verify/import dialog over the header
    const second = await exportBundle();
    expect(await hashesIn(second)).toEqual(await hashesIn(copy));
    expect(runVerifier(second).status).toBe(0);
  });
});
