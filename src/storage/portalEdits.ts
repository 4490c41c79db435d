// The user's edits to portal copy blocks, per case and field: kept until they go back to the drafted text
// (an edit with neither text nor limit) or delete the case.
import { isDraftAgain, type PortalEdit } from '../domain/filings/portalEdit';
import type { ProofpackDb } from './db';

export async function listPortalEdits(db: ProofpackDb, caseId: string): Promise<PortalEdit[]> {
  const rows = await db.portalEdits.where('caseId').equals(caseId).toArray();
  return rows.map(({ caseId: _case, updatedAt: _at, ...edit }) => edit);
}

export async function savePortalEdit(db: ProofpackDb, caseId: string, edit: PortalEdit, now = Date.now()) {
  if (isDraftAgain(edit)) await db.portalEdits.delete([caseId, edit.portal, edit.field]);
  else await db.portalEdits.put({ ...edit, caseId, updatedAt: now });
}
