// Everything stored about one case, read in one go for the bundle export (`only`: a bundle of just
// those items, as the evidence list's Export selected asks).
import { onlyExhibits } from '../domain/complaint';
import type { CaseSnapshot } from '../domain/caseSnapshot';
import type { SavedLetter } from '../domain/letter';
import type { ProofpackDb } from './db';
import { getLetter, getWorkspace, listContacts, loadCaseLetter } from './workspace';

export async function loadCaseSnapshot(
  db: ProofpackDb,
  caseId: string,
  now: number,
  timeZone: string,
  only?: readonly string[],
): Promise<CaseSnapshot | null> {
  const caseRecord = await db.cases.get(caseId);
  const letter = await loadCaseLetter(db, caseId, now, timeZone, only);
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
    exhibitSettings: only ? onlyExhibits(evidence, workspace.exhibits, only) : workspace.exhibits,
    contacts,
    saved: savedLetter,
    letter,
  };
}
