// Verify and Import of a large bundle (1.5 GB, written by the project's own zip writer from a sparse
// case) in the side panel: a real progress bar (role progressbar, bytes read of the file's size) that
// advances and names the file being checked, in English and Chinese, and a Cancel that stops the
// work and leaves the user's cases exactly as they were.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseFromPage } from '../../scripts/lib/bundleSeed.mjs';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { axeFindings } from './support/axe';
import { writeSparseBundle } from './support/sparseBundle';
import { readStore } from './support/store';

const MiB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'proofpack-read-progress-'));
const zipPath = join(work, 'large.zip');
let session: ExtensionSession;
let panel: Page;
let inspector: Page;
let size: number;
let existingCaseId: string;
/** The zip's size as the bar says it: megabytes (10⁶ bytes), no decimals past 10 MB. */
let megabytes: string;

beforeAll(async () => {
  await writeSparseBundle(zipPath, 4, 384 * MiB);
  size = statSync(zipPath).size;
  megabytes = (size / 1e6).toFixed(0);
  session = await launchWithExtension({ parentDir: work });
  inspector = await session.context.newPage();
  await inspector.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  existingCaseId = await createCaseFromPage(inspector, 'The case already here');
  panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
}, 120_000);

afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openBundleTools(menuItem: string): Promise<void> {
  await panel.locator('.panel-header .menu-button').click();
  await panel.getByRole('menuitem', { name: menuItem }).click();
  await panel.getByTestId('bundle-dialog').waitFor();
}

const barState = (bar: Locator) => bar.evaluate((p: HTMLProgressElement) => ({ value: p.value, max: p.max }));

/** Waits until the bar has moved on from where it was first seen, and checks its range. */
async function expectAdvancing(bar: Locator): Promise<void> {
  await expect.poll(async () => (await barState(bar)).value, { timeout: 60_000 }).toBeGreaterThan(0);
  const first = await barState(bar);
  expect(first.max).toBe(size);
  await expect.poll(async () => (await barState(bar)).value, { timeout: 60_000 }).toBeGreaterThan(first.value);
  expect((await barState(bar)).value).toBeLessThan(size);
}

const caseIds = async () => (await readStore(inspector)).cases.map((c) => c.id).sort();

describe('reading a large bundle in the side panel', () => {
  it('Verify shows bytes read and the file being checked, is accessible, and Cancel stops it', async () => {
    await openBundleTools('Verify or import a bundle');
    await panel.getByLabel('Choose a bundle (.zip) to verify').setInputFiles(zipPath);
    const progress = panel.getByTestId('verify-progress');
    const bar = progress.getByRole('progressbar', { name: /^[\d.]+ of [\d.]+ MB read \(\d+%\)$/ });
    await expectAdvancing(bar);
    await progress.getByText(/^Checking evidence\/E0\d-.+-screenshot\.png$/).waitFor();
    expect(await bar.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^[\\d.]+ of ${megabytes} MB read \\(\\d+%\\)$`),
    );
    expect(await axeFindings(panel)).toEqual([]);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByRole('status').filter({ hasText: 'Verification cancelled.' }).waitFor();
    await expect.poll(() => progress.count()).toBe(0);
    expect(await panel.locator('.verify-result').count()).toBe(0);
  }, 180_000);

  it('Import shows progress and Cancel leaves the case list unchanged', async () => {
    const before = await caseIds();
    expect(before).toContain(existingCaseId);
    await panel.getByLabel('Choose a bundle (.zip) to import').setInputFiles(zipPath);
    const progress = panel.getByTestId('import-progress');
    await expectAdvancing(progress.getByRole('progressbar'));
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was added.' }).waitFor();
    expect(await caseIds()).toEqual(before);
    expect((await readStore(inspector)).items).toEqual([]);
  }, 180_000);

  it('in Chinese: the bar and the file line in Chinese, and Cancel stops the import', async () => {
    await panel.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'proofpack', type: 'panel/preferences', payload: { uiLanguage: 'zh_CN' } }),
    );
    await panel.reload();
    const before = await caseIds();
    await openBundleTools('校验或导入证据包');
    await panel.getByLabel('选择要导入的证据包（.zip）').setInputFiles(zipPath);
    const progress = panel.getByTestId('import-progress');
    const bar = progress.getByRole('progressbar', { name: new RegExp(`^已读取 [\\d.]+ / ${megabytes} MB（\\d+%）$`) });
    await expectAdvancing(bar);
    await progress.getByText(/^正在核对 evidence\/E0\d-.+-screenshot\.png$/).waitFor();
    await progress.getByRole('button', { name: '取消' }).click();
    await panel.getByRole('status').filter({ hasText: '已取消导入，未添加任何内容。' }).waitFor();
    expect(await caseIds()).toEqual(before);
  }, 180_000);
});
