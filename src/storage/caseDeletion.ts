// Deleting a whole case: its record, evidence with originals and thumbnails, workspace, contact
// log, letter and recordings, in one transaction so a case is gone whole or not at all.
import type { ProofpackDb } from './db';

export async function deleteCase(db: ProofpackDb, caseId: string): Promise<void> {
  await db.transaction('rw', [db.cases, db.evidence, db.originals, db.thumbnails, db.workspaces, db.contacts, db.letters, db.recordings], async () => {
    const evidenceIds = (await db.evidence.where('caseId').equals(caseId).primaryKeys()) as string[];
    await db.originals.bulkDelete(evidenceIds);
    await db.thumbnails.bulkDelete(evidenceIds);
    await db.evidence.bulkDelete(evidenceIds);
    await db.contacts.where('caseId').equals(caseId).delete();
    await db.recordings.where('caseId').equals(caseId).delete();
    await db.workspaces.delete(caseId);
    await db.letters.delete(caseId);
    await db.cases.delete(caseId);
  });
}
