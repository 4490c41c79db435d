// A full disk while capturing: the user is told plainly, nothing is half-written, earlier
// evidence is intact, and capturing works again once space is freed. The profile lives on a
// small tmpfs that the test fills (needs root, as on CI and the dev machines).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, openPopup } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixtureServer.mjs';
import { readStore } from './support/store';

let disk: string;
let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let provider: Page;
let inspector: Page;

beforeAll(async () => {
  disk = mkdtempSync(join(tmpdir(), 'proofpack-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=200m', 'tmpfs', disk]);
  } catch (error) {
    throw new Error(`This test mounts a small tmpfs and needs root (CI runs as root): ${error}`);
  }
  server = await startFixtureServer();
  session = await launchWithExtension({ parentDir: disk });
  inspector = await session.context.newPage();
  await inspector.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  provider = await session.context.newPage();
  await provider.goto(server.url('provider/index.html'));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
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

/** Opens the popup, lets `before` run while it is open (e.g. the disk fills), then captures. */
async function capture(before: () => void = () => undefined): Promise<{ ok: boolean; message: string }> {
  await provider.bringToFront();
  const popup = await openPopup(session);
  try {
    await popup.page.getByTestId('item-count').filter({ hasText: /\d/ }).waitFor();
    before();
    await popup.page.getByRole('button', { name: 'Capture screenshot', exact: true }).click();
    const status = popup.page.getByTestId('capture-status').locator('.status');
    await status.waitFor({ timeout: 15_000 });
    return { ok: (await status.getAttribute('class'))?.includes('ok') ?? false, message: (await status.innerText()).trim() };
  } finally {
    await popup.close();
  }
}

describe('Disk full', () => {
  it('says so, stores nothing half-written and keeps earlier evidence', async () => {
    expect((await capture()).ok).toBe(true);
    const before = await readStore(inspector);
    expect(before.items).toHaveLength(1);

    const refused = await capture(() => fillDiskLeaving(8192));
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/disk is too full.*Nothing was saved/);

    rmSync(join(disk, 'filler'));
    const after = await readStore(inspector);
    expect(after.items.map((i) => i.record.id)).toEqual(before.items.map((i) => i.record.id));
    expect(after.items[0]?.originalBase64).toBe(before.items[0]?.originalBase64);

    expect((await capture()).ok).toBe(true);
    const recovered = await readStore(inspector);
    expect(recovered.items).toHaveLength(2);
    expect(recovered.items.every((i) => i.originalBase64 && i.hasThumbnail)).toBe(true);
  });
});
