// Full-page capture through the real popup, and the item's further files read straight from IndexedDB.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { openPopup } from '../../../scripts/lib/chromium.mjs';
import type { ProviderSession } from './providerSession';

/** tests/fixtures/full-page/bands.html: its 1,000 px bands' colours, its fixed header's, its lazy band's once seen. */
export const BANDS = [
  [220, 38, 38],
  [37, 99, 235],
  [234, 179, 8],
  [16, 185, 129],
  [236, 72, 153],
  [14, 116, 144],
];
export const HEADER = [128, 0, 128, 255];
export const LAZY_SEEN = [0, 160, 0, 255];

/** Clicks "Capture full page" in the real popup; `whileBusy` runs once progress shows. */
export async function captureFullPageFromPopup(
  ps: ProviderSession,
  whileBusy?: (popup: Page) => Promise<void>,
): Promise<{ ok: boolean; message: string; progressSeen: string }> {
  await ps.provider.bringToFront();
  const popup = await openPopup(ps.session);
  try {
    await popup.page.getByTestId('item-count').filter({ hasText: /\d/ }).waitFor();
    await popup.page.getByRole('button', { name: 'Capture full page', exact: true }).click();
    const progress = popup.page.getByTestId('full-page-status').locator('.status.progress');
    await progress.waitFor({ timeout: 10_000 });
    const progressSeen = (await progress.innerText().catch(() => '')).trim();
    if (whileBusy) await whileBusy(popup.page);
    const status = popup.page.getByTestId('full-page-status').locator('.status.ok, .status.error');
    await status.waitFor({ timeout: 110_000 });
    return {
      ok: (await status.getAttribute('class'))?.includes('ok') ?? false,
      message: (await status.innerText()).trim(),
      progressSeen,
    };
  } finally {
    await popup.close();
  }
}

/** Every stored attachment (id → base64 bytes) of every item. */
export async function readAttachments(page: Page): Promise<Map<string, Buffer>> {
  const rows = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('proofpack');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    if (!db.objectStoreNames.contains('attachments')) return [];
    const all = await new Promise<{ id: string; data: Blob }[]>((ok, fail) => {
      const r = db.transaction('attachments').objectStore('attachments').getAll();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    db.close();
    const out: [string, string][] = [];
    for (const a of all) {
      const bytes = new Uint8Array(await a.data.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      out.push([a.id, btoa(s)]);
    }
    return out;
  });
  return new Map(rows.map(([id, b64]) => [id, Buffer.from(b64, 'base64')]));
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
