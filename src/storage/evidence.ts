// Evidence repository. A capture's record and original bytes are written in one transaction,
// so a capture is stored whole or not at all (a full disk leaves nothing behind). Thumbnails are
// derived data, written after the capture is safe.
import Dexie from 'dexie';
import type { CapturedEvidence, Evidence, Thumbnail } from '../domain/evidence';
import type { ProofpackDb, ThumbnailRecord } from './db';

export async function addCapture(db: ProofpackDb, capture: CapturedEvidence): Promise<Evidence> {
  const { evidence } = capture;
  await db.transaction('rw', [db.evidence, db.originals, db.attachments], async () => {
    await db.evidence.add(evidence);
    await db.originals.add({ evidenceId: evidence.id, data: capture.original });
    if (capture.attachments?.length)
      await db.attachments.bulkAdd(capture.attachments.map((a) => ({ ...a, evidenceId: evidence.id })));
  });
  // Recency for the case list only: not part of the evidence, so the capture doesn't wait for it
  // (IndexedDB runs this write before any later read of the case).
  void db.cases.update(evidence.caseId, { updatedAt: evidence.capturedAt }).catch(() => 0);
  return evidence;
}

export async function putThumbnail(db: ProofpackDb, evidenceId: string, thumbnail: Thumbnail): Promise<void> {
  await db.thumbnails.put({ evidenceId, ...thumbnail });
}

/** A case's evidence, newest first, a page at a time. */
export async function listEvidence(
  db: ProofpackDb,
  caseId: string,
  page: { offset?: number; limit?: number } = {},
): Promise<Evidence[]> {
  return db.evidence
    .where('[caseId+capturedAtMs]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
    .reverse()
    .offset(page.offset ?? 0)
    .limit(page.limit ?? 200)
    .toArray();
}

export async function getEvidence(db: ProofpackDb, evidenceId: string): Promise<Evidence | undefined> {
  return db.evidence.get(evidenceId);
}

export async function getOriginal(db: ProofpackDb, evidenceId: string): Promise<Blob | undefined> {
  return (await db.originals.get(evidenceId))?.data;
}

/** A further stored file of an item (tile, part, log, page archive) by its attachment id. */
export async function getAttachment(db: ProofpackDb, attachmentId: string): Promise<Blob | undefined> {
  return (await db.attachments.get(attachmentId))?.data;
}

export async function getThumbnail(db: ProofpackDb, evidenceId: string): Promise<ThumbnailRecord | undefined> {
  return db.thumbnails.get(evidenceId);
}

export async function setCaption(db: ProofpackDb, evidenceId: string, caption: string): Promise<void> {
  const changed = await db.evidence.update(evidenceId, { caption });
  if (!changed && !(await db.evidence.get(evidenceId))) throw new Error(`No evidence ${evidenceId}`);
}

export async function deleteEvidence(db: ProofpackDb, evidenceId: string): Promise<void> {
  const tables = [db.evidence, db.originals, db.thumbnails, db.attachments, db.timestamps, db.timestampQueue];
  await db.transaction('rw', tables, async () => {
    await db.evidence.delete(evidenceId);
    await db.originals.delete(evidenceId);
    await db.thumbnails.delete(evidenceId);
    await db.attachments.where('evidenceId').equals(evidenceId).delete();
    await db.timestamps.where('evidenceId').equals(evidenceId).delete();
    await db.timestampQueue.filter((p) => p.evidenceId === evidenceId).delete();
  });
}
