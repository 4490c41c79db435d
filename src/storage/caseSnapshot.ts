// Everything stored about one case, read in one go for the bundle export.
import type { Case } from '../domain/case';
import type { ContactLogEntry, ExhibitSettings } from '../domain/complaint';
import type { CaseFacts } from '../domain/complaint/facts';
import type { Evidence } from '../domain/evidence';
import type { CaseLetter, SavedLetter } from '../domain/letter';
import type { ProofpackDb } from './db';
import { getLetter, getWorkspace, listContacts, loadCaseLetter } from './workspace';

export interface StoredCaseSnapshot {
  caseRecord: Case;
  evidence: Evidence[];
  facts: CaseFacts;
  exhibitSettings: ExhibitSettings;
  contacts: ContactLogEntry[];
  saved: SavedLetter | null;
  letter: CaseLetter;
}

export async function loadCaseSnapshot(db: ProofpackDb, caseId: string, now: number, timeZone: string): Promise<StoredCaseSnapshot | null> {
  const caseRecord = await db.cases.get(caseId);
  const letter = await loadCaseLetter(db, caseId, now, timeZone);
  if (!caseRecord || !letter) return null;
  const [evidence, workspace, contacts, saved] = await Promise.all([db.evidence.where('caseId').equals(caseId).toArray(), getWorkspace(db, caseId), listContacts(db, caseId), getLetter(db, caseId)]);
  const savedLetter: SavedLetter | null = saved ? { template: saved.template, ...(saved.editedText !== undefined ? { editedText: saved.editedText } : {}), ...(saved.baseText !== undefined ? { baseText: saved.baseText } : {}) } : null;
  return { caseRecord, evidence, facts: workspace.facts, exhibitSettings: workspace.exhibits, contacts, saved: savedLetter, letter };
}
