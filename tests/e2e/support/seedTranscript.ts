// Adds a captured chat transcript (record + JSON original, one transaction, as a capture stores
// it) straight into IndexedDB from an extension page. Stand-in until "Capture chat" is wired in
// the popup; swap this one call for the real button after merge.
import type { Page } from 'playwright-core';
import type { Transcript } from '../../../src/domain/transcript';

export const SEEDED_TRANSCRIPT: Transcript = {
  url: 'https://support.clouddesk.test/chat',
  title: 'CloudDesk support chat',
  frameUrl: 'https://support.clouddesk.test/chat',
  widget: 'generic',
  capturedAt: '2026-11-23T09:20:00.000+08:00',
  messages: [
    { role: 'customer', author: 'Me', text: 'My cloud desktop has been down since 9:00 <img src=x onerror=alert(1)>', observedAt: '2026-11-23T09:12:40.000+08:00' },
    { role: 'agent', author: 'Agent Wang 王', text: '已为您提交工单 TK-20261123-0042，24 小时内回复。', time: '09:14', observedAt: '2026-11-23T09:14:02.000+08:00' },
  ],
};

/** Stores SEEDED_TRANSCRIPT in `caseId`; returns the evidence id and the original's SHA-256. */
export async function seedTranscript(page: Page, caseId: string): Promise<{ id: string; sha256: string }> {
  return page.evaluate(
    async ({ caseId, transcript }) => {
      const json = new TextEncoder().encode(JSON.stringify(transcript, null, 2));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', json));
      const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      const id = crypto.randomUUID();
      const record = {
        id,
        caseId,
        kind: 'transcript',
        capturedAt: transcript.capturedAt,
        capturedAtMs: Date.parse(transcript.capturedAt),
        timeZone: 'Asia/Shanghai',
        url: transcript.url,
        title: transcript.title,
        caption: 'Agent promised a reply within 24 hours',
        userAgent: navigator.userAgent,
        widget: transcript.widget,
        frameUrl: transcript.frameUrl,
        messageCount: transcript.messages.length,
        file: { mediaType: 'application/json', bytes: json.length, sha256 },
      };
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('proofpack');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['evidence', 'originals'], 'readwrite');
        tx.objectStore('evidence').add(record);
        tx.objectStore('originals').add({ evidenceId: id, data: new Blob([json], { type: 'application/json' }) });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      return { id, sha256 };
    },
    { caseId, transcript: SEEDED_TRANSCRIPT },
  );
}

/** Deletes a case and everything in it straight from IndexedDB (no Delete-case UI yet). */
export async function deleteCaseFromStore(page: Page, caseId: string): Promise<void> {
  await page.evaluate(async (caseId) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('proofpack');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const stores = ['cases', 'evidence', 'originals', 'thumbnails', 'workspaces', 'contacts', 'letters'];
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(stores, 'readwrite');
      const evidence = tx.objectStore('evidence').index('caseId').getAllKeys(caseId);
      evidence.onsuccess = () => {
        for (const id of evidence.result) for (const store of ['evidence', 'originals', 'thumbnails']) tx.objectStore(store).delete(id);
      };
      const contacts = tx.objectStore('contacts').index('caseId').getAllKeys(caseId);
      contacts.onsuccess = () => {
        for (const id of contacts.result) tx.objectStore('contacts').delete(id);
      };
      for (const store of ['cases', 'workspaces', 'letters']) tx.objectStore(store).delete(caseId);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, caseId);
}
