// Seeds screenshot evidence straight into the extension's IndexedDB from one of its pages, for
// benchmarks, screenshots and tests that need many items (no product code involved).

/**
 * @param {import('playwright-core').Page} page an extension page (shares the extension's IndexedDB)
 * @param {{ caseId: string, count: number, startMs?: number, stepMs?: number, prefix?: string }} options
 */
export async function seedScreenshots(page, options) {
  await page.evaluate(
    async ({ caseId, count, startMs, stepMs, prefix }) => {
      const canvas = new OffscreenCanvas(96, 60);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.fillStyle = '#cbd5e1';
      ctx.fillRect(0, 0, 96, 60);
      ctx.fillStyle = '#b91c1c';
      ctx.fillRect(10, 20, 76, 20);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open('proofpack');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction(['evidence', 'originals', 'thumbnails'], 'readwrite');
      for (let i = 0; i < count; i++) {
        const ms = startMs + i * stepMs;
        const id = `${prefix}-${i}`;
        tx.objectStore('evidence').put({
          id,
          caseId,
          kind: 'screenshot',
          capturedAt: new Date(ms).toISOString().replace('Z', '+00:00'),
          capturedAtMs: ms,
          timeZone: 'UTC',
          url: `https://support.clouddesk.test/status?page=${i}`,
          title: `Status page ${i + 1}`,
          caption: i % 3 === 0 ? `Error 0x3000046 (${i + 1})` : '',
          userAgent: navigator.userAgent,
          viewport: { width: 1280, height: 800 },
          devicePixelRatio: 1,
          image: { mediaType: 'image/png', bytes: png.size, sha256: '0'.repeat(64), width: 96, height: 60 },
        });
        tx.objectStore('originals').put({ evidenceId: id, data: png });
        tx.objectStore('thumbnails').put({ evidenceId: id, data: png, width: 96, height: 60 });
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { stepMs: 60_000, startMs: Date.UTC(2026, 10, 20, 1, 0), prefix: 'seed', ...options },
  );
}
