// Seeds a large case straight into IndexedDB from an extension page, for the bundle benchmark and
// the cancel / close-the-panel tests: valid-structured PNGs (signature, IHDR, one IDAT of random
// bytes, IEND; as incompressible as real screenshots' deflate data) and chat transcripts, each
// record written with its original in one transaction, as a capture stores it.

/**
 * @param {import('playwright-core').Page} page an extension page (shares the extension's IndexedDB)
 * @param {{ caseId: string, screenshots: number, transcripts: number, pngBytes?: number }} options
 * @returns {Promise<{ screenshotBytes: number, transcriptBytes: number, count: number }>}
 */
export async function seedLargeCase(page, options) {
  return page.evaluate(
    async ({ caseId, screenshots, transcripts, pngBytes }) => {
      const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
      const random = (n) => {
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
        return out;
      };
      const chunk = (type, data) => {
        const out = new Uint8Array(12 + data.length);
        const v = new DataView(out.buffer);
        v.setUint32(0, data.length);
        out.set(new TextEncoder().encode(type), 4);
        out.set(data, 8);
        return out; // CRC left zero: nothing here decodes the image
      };
      const ihdr = new Uint8Array(13);
      new DataView(ihdr.buffer).setUint32(0, 1280);
      new DataView(ihdr.buffer).setUint32(4, 720);
      ihdr.set([8, 6, 0, 0, 0], 8);
      const base = random(pngBytes);
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open('proofpack');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const put = (record, data, type) =>
        new Promise((ok, fail) => {
          const tx = db.transaction(['evidence', 'originals'], 'readwrite');
          tx.objectStore('evidence').add(record);
          tx.objectStore('originals').add({ evidenceId: record.id, data: new Blob([data], { type }) });
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      // CRC-32 of each original, as capture records it beside the SHA-256 (src/domain/hash.ts fileDigests).
      const crcTable = new Uint32Array(256).map((_, n) => {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        return c >>> 0;
      });
      const crc32 = (bytes) => {
        let c = 0xffffffff;
        for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
        return (c ^ 0xffffffff) >>> 0;
      };
      const start = Date.parse('2026-11-23T01:00:00Z');
      let screenshotBytes = 0;
      let transcriptBytes = 0;
      const common = (i, kind) => ({
        id: `${kind}-${i}-${crypto.randomUUID()}`,
        caseId,
        kind,
        capturedAt: new Date(start + i * 60_000).toISOString().replace('Z', '+00:00'),
        capturedAtMs: start + i * 60_000,
        timeZone: 'UTC',
        url: `https://desk.example.com/status/${i}`,
        title: `Status page ${i}`,
        caption: '',
        userAgent: navigator.userAgent,
      });
      for (let i = 0; i < screenshots; i++) {
        const idat = base.slice();
        idat.set(random(4096), 0); // every image differs from the next
        const parts = [
          new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
          chunk('IHDR', ihdr),
          chunk('IDAT', idat),
          chunk('IEND', new Uint8Array(0)),
        ];
        const png = new Uint8Array(await new Blob(parts).arrayBuffer());
        const sha256 = hex(await crypto.subtle.digest('SHA-256', png));
        screenshotBytes += png.length;
        const record = {
          ...common(i, 'screenshot'),
          viewport: { width: 1280, height: 720 },
          devicePixelRatio: 1,
          image: { mediaType: 'image/png', bytes: png.length, sha256, crc32: crc32(png), width: 1280, height: 720 },
        };
        await put(record, png, 'image/png');
      }
      for (let i = 0; i < transcripts; i++) {
        const messages = Array.from({ length: 120 }, (_, m) => ({
          role: m % 2 ? 'agent' : 'customer',
          author: m % 2 ? 'Agent Wang' : 'Me',
          text: `Message ${m} of chat ${i}: 云电脑仍然无法连接，请尽快处理。`,
          observedAt: new Date(start + i * 60_000 + m * 1000).toISOString().replace('Z', '+00:00'),
        }));
        const c = common(screenshots + i, 'transcript');
        const json = new TextEncoder().encode(
          JSON.stringify(
            { url: c.url, title: c.title, frameUrl: c.url, widget: 'generic', capturedAt: c.capturedAt, messages },
            null,
            2,
          ),
        );
        transcriptBytes += json.length;
        const record = {
          ...c,
          widget: 'generic',
          frameUrl: c.url,
          messageCount: messages.length,
          file: {
            mediaType: 'application/json',
            bytes: json.length,
            sha256: hex(await crypto.subtle.digest('SHA-256', json)),
            crc32: crc32(json),
          },
        };
        await put(record, json, 'application/json');
      }
      db.close();
      return { screenshotBytes, transcriptBytes, count: screenshots + transcripts };
    },
    { pngBytes: 1024 * 1024, ...options },
  );
}

/**
 * Creates a case through the worker, as the popup's New case form does, and makes it current.
 * @param {import('playwright-core').Page} page an extension page
 * @param {string} title
 * @returns {Promise<string>} the case id
 */
export async function createCaseFromPage(page, title) {
  return page.evaluate(async (title) => {
    const reply = await chrome.runtime.sendMessage({
      channel: 'proofpack',
      type: 'case/create',
      payload: { title, provider: 'CloudDesk', providerSite: 'clouddesk.test' },
    });
    if (!reply?.ok) throw new Error(JSON.stringify(reply?.error));
    return reply.value.id;
  }, title);
}
