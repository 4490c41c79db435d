// Export edge cases in the real side panel: a case with no evidence still exports its letter and
// manifest; on a large case the progress bar shows, Cancel stops the export, and closing the
// panel mid-export leaves nothing in the downloads folder.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseFromPage, seedLargeCase } from '../../scripts/lib/bundleSeed.mjs';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import { runVerifier, waitForDownload } from './support/bundleReaders';
import { openProviderSession, type ProviderSession } from './support/providerSession';

let ps: ProviderSession;
const downloads = () => readdirSync(ps.session.downloadsDir);
const clearDownloads = () => {
  for (const f of downloads()) rmSync(join(ps.session.downloadsDir, f), { force: true });
};

async function openPanel(): Promise<Page> {
  const page = await ps.session.context.newPage();
  await page.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
  await page.getByRole('button', { name: 'Export bundle', exact: true }).waitFor();
  return page;
}

async function startExport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export bundle', exact: true }).click();
  const bar = page.getByRole('progressbar', { name: /Building the zip/ });
  await bar.waitFor();
  // Well under way: some originals are in, most are not.
  await expect
    .poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000, interval: 20 })
    .toBeGreaterThan(0);
}

beforeAll(async () => {
  ps = await openProviderSession();
  await allowDownloads(ps.session);
});

afterAll(async () => {
  await ps?.close();
});

describe('Export bundle edge cases', () => {
  it('exports the letter and manifest for a case with no evidence', async () => {
    const panel = await openPanel();
    await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await panel.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 30_000 });
    const file = await waitForDownload(ps.session.downloadsDir, /^my-complaint-\d{4}-\d\d-\d\d\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
    expect(manifest.items).toEqual([]);
    expect(manifest.letter.files.map((f: { path: string }) => f.path)).toEqual([
      'letter/complaint.txt',
      'letter/complaint.html',
      'letter/complaint.md',
    ]);
    expect((await zip.file('letter/complaint.txt')?.async('string'))?.length).toBeGreaterThan(100);
    expect(runVerifier(file).status).toBe(0);
    await panel.close();
    clearDownloads();
  });

  it('shows progress on a large case, and Cancel stops it with no file saved', async () => {
    const seeder = await openPanel();
    const caseId = await createCaseFromPage(seeder, 'Large case');
    await seedLargeCase(seeder, { caseId, screenshots: 150, transcripts: 5 });
    await seeder.close();

    const panel = await openPanel();
    await startExport(panel);
    await panel.getByRole('button', { name: 'Cancel', exact: true }).click();
    await panel.getByText('Export cancelled. No file was saved.').waitFor();
    expect(await panel.getByRole('progressbar').count()).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    expect(downloads()).toEqual([]);
    await panel.close();
  });

  it('leaves no file (whole or partial) behind when the panel is closed mid-export', async () => {
    const panel = await openPanel();
    await startExport(panel);
    await panel.close();
    await new Promise((r) => setTimeout(r, 3000));
    expect(downloads()).toEqual([]);

    // The same export left to finish does produce the file, so the empty folder above is meaningful.
    const again = await openPanel();
    await again.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await again.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 60_000 });
    expect(downloads()).toEqual([expect.stringMatching(/^large-case-\d{4}-\d\d-\d\d\.zip$/)]);
  });
});
