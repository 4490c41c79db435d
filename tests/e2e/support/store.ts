// Reads what Proofpack stored, straight from IndexedDB in an extension page (no product code),
// and decodes PNG pixels there, so tests check the real bytes.
import type { Page } from 'playwright-core';
import type { Evidence } from '../../../src/domain/evidence';

export interface StoredItem {
  record: Evidence;
  originalBase64: string | null;
  originalType: string | null;
  hasThumbnail: boolean;
}

export async function readStore(page: Page): Promise<{ items: StoredItem[]; cases: Record<string, unknown>[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('proofpack');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        if (!db.objectStoreNames.contains(store)) return ok([]);
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
        r.onerror = () => fail(r.error);
      });
    const evidence = await all<{ id: string }>('evidence');
    const originals = await all<{ evidenceId: string; data: Blob }>('originals');
    const thumbnails = await all<{ evidenceId: string }>('thumbnails');
    const cases = await all<Record<string, unknown>>('cases');
    db.close();
    const toBase64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const items = [];
    for (const record of evidence) {
      const original = originals.find((o) => o.evidenceId === record.id);
      items.push({
        record,
        originalBase64: original ? await toBase64(original.data) : null,
        originalType: original ? original.data.type : null,
        hasThumbnail: thumbnails.some((t) => t.evidenceId === record.id),
      });
    }
    return { items, cases };
  }) as Promise<{ items: StoredItem[]; cases: Record<string, unknown>[] }>;
}

/** RGBA of the given pixels of a PNG (base64), decoded by the browser. */
export async function pixels(
  page: Page,
  pngBase64: string,
  points: [number, number][],
): Promise<{ width: number; height: number; rgba: number[][] }> {
  return page.evaluate(
    async ({ pngBase64, points }) => {
      const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), {
        colorSpaceConversion: 'none',
        premultiplyAlpha: 'none',
      });
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const rgba = points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data));
      return { width: bitmap.width, height: bitmap.height, rgba };
    },
    { pngBase64, points },
  );
}
