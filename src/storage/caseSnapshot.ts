// Everything stored about one case, read in one go for the bundle export.
import type { CaseSnapshot } from '../domain/caseSnapshot';
import type { SavedLetter } from '../domain/letter';
import type { ProofpackDb } from './db';
import { getLetter, getWorkspace, listContacts, loadCaseLetter } from './workspace';

export async function loadCaseSnapshot(
  db: ProofpackDb,
  caseId: string,
  now: number,
  timeZone: string,
): Promise<CaseSnapshot | null> {
  const caseRecord = await db.cases.get(caseId);
  const letter = await loadCaseLetter(db, caseId, now, timeZone);
  if (!caseRecord || !letter) return null;
  const [evidence, workspace, contacts, saved] = await Promise.all([
    db.evidence.where('caseId').equals(caseId).toArray(),
    getWorkspace(db, caseId),
    listContacts(db, caseId),
    getLetter(db, caseId),
  ]);
  const savedLetter: SavedLetter | null = saved
    ? {
        template: saved.template,
        ...(saved.editedText !== undefined ? { editedText: saved.editedText } : {}),
        ...(saved.baseText !== undefined ? { baseText: saved.baseText } : {}),
      }
    : null;
  return {
    caseRecord,
    evidence,
    facts: workspace.facts,
    exhibitSettings: workspace.exhibits,
    contacts,
    saved: savedLetter,
    letter,
  };
}
