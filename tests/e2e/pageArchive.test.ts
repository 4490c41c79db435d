// Each screenshot keeps the page itself (MHTML) hashed at capture; a setting turns it off; the
// exported bundle holds the archive, a full page's tiles and stitch log, and verifies (links included).
import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import type { BundleManifest } from '../../src/domain/bundle/manifest';
import { runVerifier, waitForDownload } from './support/bundleReaders';
import { captureFullPageFromPopup, readAttachments, sha256 } from './support/fullPage';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';
import { caseMenu } from './support/workspacePanel';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession({ providerPath: 'full-page/bands.html' });
  await allowDownloads(ps.session);
});

afterAll(async () => {
  await ps?.close();
});

/** MHTML bodies are quoted-printable: undo its soft line breaks and `=XX` escapes. */
const unQuotedPrintable = (text: string) =>
  text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('Page archive', () => {
  it('keeps an MHTML copy of the page with a screenshot, hashed at capture, shown in its details', async () => {
    expect((await captureFromPopup(ps)).ok).toBe(true);
    const [item] = (await readStore(ps.inspector)).items;
    if (item?.record.kind !== 'screenshot') throw new Error('no screenshot');
    const archive = item.record.attachments?.find((a) => a.role === 'page-archive');
    // When it is missing, the reason the capture stored says why (a failure here names it).
    expect(archive, String(item.record.pageArchiveError)).toMatchObject({
      name: 'page.mhtml',
      mediaType: 'multipart/related',
    });
    const bytes = (await readAttachments(ps.inspector)).get(archive?.id ?? '');
    if (!bytes) throw new Error('archive bytes missing');
    expect(sha256(bytes)).toBe(archive?.sha256);
    const text = unQuotedPrintable(bytes.toString('utf8'));
    expect(text).toContain('Content-Type: multipart/related');
    expect(text).toContain('Outage report 7f3a: desktops unreachable since 09:12.');

    const panel = await ps.session.context.newPage();
    await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
    await panel
      .getByRole('button', { name: /View full screenshot/ })
      .first()
      .click();
    const row = panel.getByTestId('page-archive');
    await row.getByRole('link', { name: /Save the copy of the page \(page\.mhtml/ }).waitFor();
    expect(await row.innerText()).toContain(archive?.sha256);
    await panel.close();
  });

  it('exports the archive, and a full page with its tiles and stitch log, in a bundle that verifies', async () => {
    await ps.provider.goto(ps.server.url('full-page/pane.html'));
    expect((await captureFullPageFromPopup(ps)).ok).toBe(true);
    const panel = await ps.session.context.newPage();
    await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
    await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await panel.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 60_000 });
    const zipPath = await waitForDownload(ps.session.downloadsDir, /\.zip$/);
    await panel.close();

    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as BundleManifest;
    expect(manifest.version).toBe(1.1);
    const full = manifest.items.find((i) => i.kind === 'full-page');
    const shot = manifest.items.find((i) => i.kind === 'screenshot');
    expect(shot?.files.map((f) => f.role)).toEqual(['original', 'page-archive']);
    expect(shot?.files[1]?.path).toMatch(/^evidence\/E0\d-\d{8}T\d{6}Z-page\.mhtml$/);
    const roles = full?.files.map((f) => f.role) ?? [];
    expect(roles[0]).toBe('derived');
    expect(roles.filter((r) => r === 'tile').length).toBeGreaterThan(1);
    expect(roles).toContain('log');
    expect(roles).toContain('page-archive');
    expect(full?.method).toBe('stitch');
    expect(full?.derivedFrom?.map((d) => d.sha256)).toEqual(
      full?.files.filter((f) => f.role === 'tile').map((f) => f.sha256),
    );
    const index = (await zip.file('index.html')?.async('string')) ?? '';
    expect(index).toContain(`href="${shot?.files[1]?.path}"`);
    const verify = runVerifier(zipPath);
    expect(verify.output).toContain('OK: every file matches');
    expect(verify.status).toBe(0);
  });

  it('saves no archive when the setting is off', async () => {
    const panel = await ps.session.context.newPage();
    await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
    await caseMenu(panel, 'Settings');
    await panel.getByLabel('Keep a copy of the page with each screenshot').uncheck();
    await panel.close();
    await ps.provider.goto(ps.server.url('full-page/bands.html'));
    expect((await captureFromPopup(ps)).ok).toBe(true);
    const items = (await readStore(ps.inspector)).items.sort((a, b) => b.record.capturedAtMs - a.record.capturedAtMs);
    const newest = items[0]?.record;
    expect(newest?.kind === 'screenshot' && newest.attachments).toBeFalsy();
    expect(readdirSync(ps.session.downloadsDir).length).toBe(1);
  });
});
