// The bundle tools that finish the job. The panel says the name the export really got on disk (the browser
// adds " (1)" when the name is taken) with Show in folder, and a zip dropped on the panel is verified.
// A recipient checks a bundle with its own index.html, offline from file://: they open the page, give it
// the zip (chosen or dropped) or the unzipped folder, and see Intact; one changed byte shows Altered naming
// the file. The page makes no request and its CSP admits nothing but its own script.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import { axeFindings } from './support/axe';
import { waitForDownload } from './support/bundleReaders';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { caseMenu, openPanel } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;
let zip: string;
let png: string;
const work = mkdtempSync(join(tmpdir(), 'proofpack-selfcheck-e2e-'));
const folder = join(work, 'unzipped');

beforeAll(async () => {
  ps = await openProviderSession({ providerPath: 'provider/index.html' });
  await allowDownloads(ps.session);
  expect((await captureFromPopup(ps)).ok).toBe(true);
  panel = await openPanel(ps.session);
  zip = join(ps.session.downloadsDir, await exportShown());
  execFileSync('unzip', ['-q', zip, '-d', folder]);
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  png = manifest.items[0].files[0].path;
});

/** Exports from the panel and returns the file name the panel says it saved. */
async function exportShown(): Promise<string> {
  await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
  const saved = panel.getByTestId('export-saved-as');
  await saved.waitFor({ timeout: 30_000 });
  const name = /^Saved (.+\.zip) to your downloads\.$/.exec(await saved.innerText())?.[1] ?? '';
  await waitForDownload(ps.session.downloadsDir, new RegExp(`^${name.replace(/[.()]/g, '\\$&')}$`));
  return name;
}

afterAll(async () => {
  await ps?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openIndex(dir: string): Promise<{ page: Page; problems: string[] }> {
  const page = await ps.session.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => !r.url().startsWith('file://') && problems.push(`request ${r.url()}`));
  await page.goto(`file://${dir}/index.html`);
  await page.getByRole('heading', { name: 'Check this bundle' }).waitFor();
  return { page, problems };
}

const verdict = (page: Page) => page.locator('#check-verdict');

/** A DataTransfer in the page carrying the file, as a drag from the file manager brings it. */
function zipTransfer(page: Page, path: string) {
  const bytes = [...readFileSync(path)];
  const name = path.split('/').pop() ?? 'bundle.zip';
  return page.evaluateHandle(
    ({ bytes, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/zip' }));
      return dt;
    },
    { bytes, name },
  );
}

/** Drops a file on the page the way a browser does: a real drop event carrying a DataTransfer. */
async function dropFile(page: Page, path: string): Promise<void> {
  const transfer = await zipTransfer(page, path);
  await page.dispatchEvent('#check-drop', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#check-drop', 'drop', { dataTransfer: transfer });
}

describe('after an export', () => {
  it('shows the name the file really got, " (1)" included when the name was taken, and Show in folder', async () => {
    const first = zip.split('/').pop() ?? '';
    expect(first).toMatch(/^[^()]+\.zip$/);
    await panel.reload();
    const second = await exportShown();
    expect(second).toBe(first.replace(/\.zip$/, ' (1).zip'));
    expect(existsSync(join(ps.session.downloadsDir, second))).toBe(true);
    await panel.getByRole('button', { name: 'Show in folder' }).click();
    expect(await panel.getByText('cannot open the folder from here').count()).toBe(0);
    expect(await axeFindings(panel)).toEqual([]);
  });
});

describe('a zip dropped on the panel', () => {
  it('shows what a drop does, then verifies the dropped zip', async () => {
    const transfer = await zipTransfer(panel, zip);
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // dragged in from outside
    await panel.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    const zone = panel.getByTestId('bundle-drop');
    expect(await zone.innerText()).toContain('Checks every file against its hash. Nothing is changed or saved.');
    expect(await axeFindings(panel)).toEqual([]);
    await panel.dispatchEvent('[data-action="verify"]', 'dragover', { dataTransfer: transfer });
    await expect.poll(() => panel.locator('.bundle-drop-target.over').getAttribute('data-action')).toBe('verify');
    await panel.dispatchEvent('[data-action="verify"]', 'drop', { dataTransfer: transfer });
    await expect.poll(() => zone.count()).toBe(0);
    const result = panel.getByTestId('bundle-dialog').locator('.verify-result');
    await expect.poll(() => result.getAttribute('data-state')).toBe('intact');
    expect(await result.innerText()).toContain(zip.split('/').pop());
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.getByTestId('bundle-dialog').count()).toBe(0);
    // No button opened it: the focus goes to the ⋯ menu, where the same tools are, not to the page's body.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
  });
});

describe('messages in the panel', () => {
  it('keeps one result in the bundle dialog: a new check clears the last, a refused import says it once', async () => {
    const bytes = readFileSync(zip);
    const at = bytes.indexOf(Buffer.from(png)) + Buffer.byteLength(png) + 200;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const tampered = join(work, 'tampered-panel.zip');
    writeFileSync(tampered, bytes);
    await caseMenu(panel, 'Verify or import a bundle');
    const dialog = panel.getByTestId('bundle-dialog');
    await dialog.getByLabel('Choose a bundle (.zip) to verify').setInputFiles(zip);
    await dialog.locator('.verify-result[data-state=intact]').waitFor();

    await dialog.getByLabel('Choose a bundle (.zip) to import').setInputFiles(tampered);
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').allInnerTexts()).toEqual([
      'This bundle has been changed since it was exported, so it was not imported. Nothing was added.',
    ]);
    // The intact verdict of the earlier check is gone, and the refusal is not said a second time.
    expect(await dialog.locator('.verify-result[data-state=intact]').count()).toBe(0);
    expect(await dialog.getByText('Altered: this bundle is not as it was exported.').count()).toBe(0);
    expect(await dialog.locator('.verify-result').innerText()).toContain(png); // what changed is still listed

    await dialog.getByLabel('Choose a bundle (.zip) to verify').setInputFiles(zip);
    await dialog.locator('.verify-result[data-state=intact]').waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await panel.keyboard.press('Escape');
  });

  it('closes the ⋯ menu when the focus leaves it for the page (a click beside it)', async () => {
    await panel.locator('.panel-header .menu-button').click();
    await panel.getByRole('menu').waitFor();
    await panel.locator('.panel-header h1').click();
    await expect.poll(() => panel.getByRole('menu').count()).toBe(0);
  });
});

describe("the bundle's index.html checks the bundle itself, offline", () => {
  it('finds the exported zip (chosen, then dropped) and the unzipped folder intact', async () => {
    const { page, problems } = await openIndex(folder);
    await page.getByLabel('Choose the zip').setInputFiles(zip);
    await expect.poll(() => verdict(page).getAttribute('data-state')).toBe('intact');
    expect(await verdict(page).innerText()).toMatch(
      /^✓ Intact: all \d+ files match their SHA-256 in manifest\.json\.$/,
    );
    expect(await page.locator('#check-result li.intact').allInnerTexts()).toContain(`Intact ${png}`);

    await page.evaluate(() => document.getElementById('check-verdict')?.removeAttribute('data-state'));
    await dropFile(page, zip);
    await expect.poll(() => verdict(page).getAttribute('data-state')).toBe('intact');

    await page.evaluate(() => document.getElementById('check-verdict')?.removeAttribute('data-state'));
    await page.getByLabel('Choose the folder').setInputFiles(folder);
    await expect.poll(() => verdict(page).getAttribute('data-state')).toBe('intact');
    expect(await page.locator('#check-result .check-source').innerText()).toBe('unzipped');
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows Altered naming the file after one byte changes, in the zip and in the folder', async () => {
    const bytes = readFileSync(zip);
    const at = bytes.indexOf(Buffer.from(png)) + Buffer.byteLength(png) + 200; // inside the stored PNG data
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const tampered = join(work, 'tampered.zip');
    writeFileSync(tampered, bytes);
    const altered = join(work, 'altered');
    cpSync(folder, altered, { recursive: true });
    const image = readFileSync(join(altered, png));
    image[image.length - 5] = (image[image.length - 5] ?? 0) ^ 0x01;
    writeFileSync(join(altered, png), image);

    const { page, problems } = await openIndex(folder);
    for (const give of [
      () => page.getByLabel('Choose the zip').setInputFiles(tampered),
      () => page.getByLabel('Choose the folder').setInputFiles(altered),
    ]) {
      await page.evaluate(() => document.getElementById('check-verdict')?.removeAttribute('data-state'));
      await give();
      await expect.poll(() => verdict(page).getAttribute('data-state')).toBe('altered');
      expect(await verdict(page).innerText()).toBe('✗ Altered: this bundle is not as it was exported.');
      expect(await page.locator('#check-result li.altered').allInnerTexts()).toEqual([`Altered ${png}`]);
    }
    expect(await axeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
