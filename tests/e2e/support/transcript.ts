// Puts a captured chat transcript (record + its JSON original) into IndexedDB from an extension
// page, as chat capture stores one. Until "Capture chat" is merged, this is how tests get one.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { TranscriptEvidence } from '../../../src/domain/evidence';

export interface TranscriptJson {
  url: string;
  title: string;
  capturedAt: string;
  messages: { role: 'agent' | 'customer' | 'system' | 'unknown'; author?: string; text: string; observedAt?: string }[];
}

export async function seedTranscript(
  page: Page,
  caseId: string,
  id: string,
  transcript: TranscriptJson,
): Promise<void> {
  const json = JSON.stringify({ ...transcript, frameUrl: transcript.url, widget: 'generic' });
  const record: TranscriptEvidence = {
    id,
    caseId,
    kind: 'transcript',
    capturedAt: transcript.capturedAt,
    capturedAtMs: Date.parse(transcript.capturedAt),
    timeZone: 'UTC',
    url: transcript.url,
    title: transcript.title,
    caption: '',
    userAgent: 'test',
    widget: 'generic',
    frameUrl: transcript.url,
    messageCount: transcript.messages.length,
    file: {
      mediaType: 'application/json',
      bytes: new TextEncoder().encode(json).length,
      sha256: createHash('sha256').update(json).digest('hex'),
    },
  };
  await page.evaluate(
    async ({ record, json }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('proofpack');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction(['evidence', 'originals'], 'readwrite');
      tx.objectStore('evidence').put(record);
      tx.objectStore('originals').put({ evidenceId: record.id, data: new Blob([json], { type: 'application/json' }) });
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { record, json },
  );
}
