// Workspace repository: what the user typed about a case (facts, exhibit choices), its contact
// log and its letter, each saved on its own so typing in one never overwrites another.
import { type ContactLogEntry, type ExhibitSettings, onlyExhibits } from '../domain/complaint';
import type { CaseFacts } from '../domain/complaint/facts';
import type { CaseFrameChoice } from '../domain/complaint/framePrefill';
import { type CaseLetter, caseLetter, type SavedLetter } from '../domain/letter';
import { originalFileOf } from '../domain/evidence';
import type { ContactRecord, LetterRecord, ProofpackDb, WorkspaceRecord } from './db';

const emptyWorkspace = (caseId: string): WorkspaceRecord => ({ caseId, facts: {}, exhibits: {}, updatedAt: 0 });

export async function getWorkspace(db: ProofpackDb, caseId: string): Promise<WorkspaceRecord> {
  return (await db.workspaces.get(caseId)) ?? emptyWorkspace(caseId);
}

export async function saveFacts(db: ProofpackDb, caseId: string, facts: CaseFacts, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.workspaces, async () => {
    const current = await getWorkspace(db, caseId);
    await db.workspaces.put({ ...current, facts, updatedAt: now });
  });
}

/** The country, currency and letter language the user confirmed, merged into the case's facts. */
export async function saveCaseFrame(db: ProofpackDb, caseId: string, frame: CaseFrameChoice, now = Date.now()) {
  await db.transaction('rw', db.workspaces, async () => {
    const current = await getWorkspace(db, caseId);
    const { jurisdiction, currency, language } = frame;
    await db.workspaces.put({
      ...current,
      facts: { ...current.facts, jurisdiction, currency, language },
      updatedAt: now,
    });
  });
}

export async function saveExhibitSettings(
  db: ProofpackDb,
  caseId: string,
  exhibits: ExhibitSettings,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.workspaces, async () => {
    const current = await getWorkspace(db, caseId);
    await db.workspaces.put({ ...current, exhibits, updatedAt: now });
  });
}

/** The contact log in time order (as typed: RFC 3339 or wall-clock strings sort the same way within a case). */
export async function listContacts(db: ProofpackDb, caseId: string): Promise<ContactLogEntry[]> {
  const rows = await db.contacts.where('caseId').equals(caseId).toArray();
  return rows.map(({ caseId: _caseId, ...entry }) => entry).sort((a, b) => a.at.localeCompare(b.at));
}

export async function putContact(db: ProofpackDb, caseId: string, entry: ContactLogEntry): Promise<void> {
  await db.contacts.put({ ...entry, caseId } satisfies ContactRecord);
}

export async function deleteContact(db: ProofpackDb, contactId: string): Promise<void> {
  await db.contacts.delete(contactId);
}

export async function getLetter(db: ProofpackDb, caseId: string): Promise<LetterRecord | undefined> {
  return db.letters.get(caseId);
}

export async function saveLetter(
  db: ProofpackDb,
  caseId: string,
  letter: SavedLetter,
  now = Date.now(),
): Promise<void> {
  await db.letters.put({ ...letter, caseId, updatedAt: now });
}

/**
 * The case's letter now, from everything stored (what the panel shows and the bundle exports);
 * with `only`, the letter for a bundle of just those items.
 */
export async function loadCaseLetter(
  db: ProofpackDb,
  caseId: string,
  now: number,
  timeZone: string,
  only?: readonly string[],
): Promise<CaseLetter | null> {
  const caseRecord = await db.cases.get(caseId);
  if (!caseRecord) return null;
  const [workspace, contacts, evidence, saved] = await Promise.all([
    getWorkspace(db, caseId),
    listContacts(db, caseId),
    db.evidence.where('caseId').equals(caseId).toArray(),
    getLetter(db, caseId),
  ]);
  return caseLetter({
    caseRecord,
    facts: workspace.facts,
    exhibitSettings: only ? onlyExhibits(evidence, workspace.exhibits, only) : workspace.exhibits,
    contacts,
    evidence: evidence.map((e) => ({ ...e, sha256: originalFileOf(e).sha256 })),
    saved,
    now,
    timeZone,
  });
}
