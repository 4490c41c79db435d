// Bundles of any size: a 2 GB bundle (written by the project's own plan and zip writer from a sparse
// case, see support/sparseBundle.ts) is verified and imported in the side panel, through its file
// pickers, with the page's peak JS heap under a quarter of the bundle's size: the zip is read from
// the file in chunks, never held whole. A memory budget, so it is asserted here (not a timing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { peakHeapDuring } from '../../scripts/lib/heapSampler.mjs';
import { runVerifier } from './support/bundleReaders';
import { type SparseBundle, writeSparseBundle } from './support/sparseBundle';
import { caseMenu } from './support/workspacePanel';

const MiB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'proofpack-big-bundle-'));
const zipPath = join(work, 'big.zip');
let bundle: SparseBundle;
let session: ExtensionSession;
let panel: Page;
let cdp: CDPSession;

beforeAll(async () => {
  bundle = await writeSparseBundle(zipPath, 4, 512 * MiB);
  session = await launchWithExtension({ parentDir: work });
  panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  await caseMenu(panel, 'Verify or import a bundle');
  cdp = await session.context.newCDPSession(panel);
}, 120_000);

afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a 2 GB bundle', () => {
  it('is whole for `npm run verify`', () => {
    expect(bundle.bytes).toBeGreaterThan(2 * 1024 * MiB);
    const result = runVerifier(zipPath);
    expect(result.output).toContain('OK: every file matches');
    expect(result.status).toBe(0);
  }, 120_000);

  it('verifies as intact in the side panel with peak JS heap under a quarter of its size', async () => {
    const { peak } = await peakHeapDuring(cdp, async () => {
      await panel.getByLabel('Choose a bundle (.zip) to verify').setInputFiles(zipPath);
      await expect
        .poll(() => panel.locator('.verify-result').getAttribute('data-state'), { timeout: 300_000 })
        .toBe('intact');
    });
    console.log(`verify: peak heap ${(peak / MiB).toFixed(1)} MiB for a ${(bundle.bytes / MiB).toFixed(0)} MiB bundle`);
    expect(peak).toBeLessThan(bundle.bytes / 4);
  }, 360_000);

  it('imports in the side panel within the same budget, every original stored whole', async () => {
    const { peak } = await peakHeapDuring(cdp, async () => {
      await panel.getByLabel('Choose a bundle (.zip) to import').setInputFiles(zipPath);
      await panel
        .getByText(`Imported “${bundle.title}” with ${bundle.originals.length} items.`, { exact: false })
        .waitFor({ timeout: 600_000 });
    });
    console.log(`import: peak heap ${(peak / MiB).toFixed(1)} MiB for a ${(bundle.bytes / MiB).toFixed(0)} MiB bundle`);
    expect(peak).toBeLessThan(bundle.bytes / 4);
    // What IndexedDB holds: each original at its full size, with its header and its zeros.
    const stored = await panel.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('proofpack');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const originals = await new Promise<{ data: Blob }[]>((ok, fail) => {
        const r = db.transaction('originals').objectStore('originals').getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      db.close();
      const bytesAt = async (blob: Blob, at: number) => [
        ...new Uint8Array(await blob.slice(at, at + 32).arrayBuffer()),
      ];
      return Promise.all(
        originals.map(async ({ data }) => ({
          size: data.size,
          type: data.type,
          head: await bytesAt(data, 0),
          tail: await bytesAt(data, data.size - 32),
        })),
      );
    });
    const expected = bundle.originals.map((o) => ({
      size: o.bytes,
      type: 'image/png',
      head: [...o.head.subarray(0, 32)],
      tail: new Array(32).fill(0),
    }));
    const byHead = (a: { head: number[] }, b: { head: number[] }) => a.head.join().localeCompare(b.head.join());
    expect(stored.sort(byHead)).toEqual(expected.sort(byHead));
  }, 660_000);
});
