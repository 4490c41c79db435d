// A full disk while capturing or importing a bundle: the user is told plainly, nothing is
// half-written, earlier evidence is intact, and it works again once space is freed. The profile lives on a
// small tmpfs that the test fills (needs root, as on CI and the dev machines).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads } from '../../scripts/lib/chromium.mjs';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';
import { caseMenu } from './support/workspacePanel';

let disk: string;
let ps: ProviderSession;

beforeAll(async () => {
  disk = mkdtempSync(join(tmpdir(), 'proofpack-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=200m', 'tmpfs', disk]);
  } catch (error) {
    throw new Error(`This test mounts a small tmpfs and needs root (CI runs as root): ${error}`);
  }
  ps = await openProviderSession({ parentDir: disk, providerPath: 'provider/index.html' });
});

afterAll(async () => {
  await ps?.close();
  if (disk) {
    execFileSync('umount', ['-l', disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});

/** Fills the small disk until the kernel refuses, then frees a few KB (less than a screenshot). */
function fillDiskLeaving(bytes: number): void {
  const filler = join(disk, 'filler');
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k', 'status=none']);
  } catch {
    // dd stops with "No space left on device": the disk is full, as intended.
  }
  truncateSync(filler, statSync(filler).size - bytes);
}

describe('Disk full', () => {
  it('says so, stores nothing half-written and keeps earlier evidence', async () => {
    expect((await captureFromPopup(ps)).ok).toBe(true);
    const before = await readStore(ps.inspector);
    expect(before.items).toHaveLength(1);

    const refused = await captureFromPopup(ps, () => fillDiskLeaving(8192));
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/disk is too full.*Nothing was saved/);

    rmSync(join(disk, 'filler'));
    const after = await readStore(ps.inspector);
    expect(after.items.map((i) => i.record.id)).toEqual(before.items.map((i) => i.record.id));
    expect(after.items[0]?.originalBase64).toBe(before.items[0]?.originalBase64);

    expect((await captureFromPopup(ps)).ok).toBe(true);
    const recovered = await readStore(ps.inspector);
    expect(recovered.items).toHaveLength(2);
    expect(recovered.items.every((i) => i.originalBase64 && i.hasThumbnail)).toBe(true);
  });

  it('importing a bundle on a full disk says so, stores nothing, and works once space is freed', async () => {
    await allowDownloads(ps.session);
    const panel = await ps.session.context.newPage();
    await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
    await panel.getByRole('button', { name: 'Export bundle', exact: true }).click();
    await panel.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 30_000 });
    const zipName = readdirSync(ps.session.downloadsDir).find((f) => f.endsWith('.zip')) as string;
    const outside = mkdtempSync(join(tmpdir(), 'proofpack-backup-'));
    const bundle = join(outside, 'backup.zip');
    copyFileSync(join(ps.session.downloadsDir, zipName), bundle);
    rmSync(join(ps.session.downloadsDir, zipName));
    const before = await readStore(ps.inspector);

    fillDiskLeaving(8192);
    await caseMenu(panel, 'Verify or import a bundle');
    const picker = panel.getByLabel('Choose a bundle (.zip) to import');
    await picker.setInputFiles(bundle);
    await panel
      .getByRole('alert')
      .filter({ hasText: 'Your disk is too full. Free up some space and try again. Nothing was lost.' })
      .waitFor({ timeout: 20_000 });
    rmSync(join(disk, 'filler'));
    const after = await readStore(ps.inspector);
    expect(after.cases).toHaveLength(before.cases.length);
    expect(after.items.map((i) => i.record.id)).toEqual(before.items.map((i) => i.record.id));

    await picker.setInputFiles(bundle);
    await panel.getByText(/^Imported “.+” with 2 items\./).waitFor({ timeout: 20_000 });
    expect((await readStore(ps.inspector)).cases).toHaveLength(before.cases.length + 1);
    rmSync(outside, { recursive: true, force: true });
  });
});
