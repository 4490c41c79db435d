// Cases repository: the default case, creating and switching cases, counts for the badge.
import { type Case, type CaseLanguage, type CaseWithCount, DEFAULT_CASE_ID, newCase } from '../domain/case';
import type { ProofpackDb } from './db';
import { readSetting, writeSetting } from './settings';

/** Makes sure the default case exists; its title is the caller's localised "first case" name. */
export async function ensureDefaultCase(
  db: ProofpackDb,
  init: { title: string; language: CaseLanguage; now: string },
): Promise<Case> {
  return db.transaction('rw', db.cases, async () => {
    const existing = await db.cases.get(DEFAULT_CASE_ID);
    if (existing) return existing;
    const created = newCase({
      id: DEFAULT_CASE_ID,
      title: init.title,
      provider: '',
      language: init.language,
      now: init.now,
    });
    await db.cases.add(created);
    return created;
  });
}

export async function createCase(db: ProofpackDb, c: Case): Promise<Case> {
  await db.transaction('rw', db.cases, db.settings, async () => {
    await db.cases.add(c);
    await writeSetting(db, 'currentCaseId', c.id);
  });
  return c;
}

export async function switchCase(db: ProofpackDb, caseId: string): Promise<Case> {
  const found = await db.cases.get(caseId);
  if (!found) throw new Error(`No case ${caseId}`);
  await writeSetting(db, 'currentCaseId', caseId);
  return found;
}

export async function getCase(db: ProofpackDb, caseId: string): Promise<Case | undefined> {
  return db.cases.get(caseId);
}

/** Every case, in no particular order (for work over all of them, e.g. reminders). */
export async function allCases(db: ProofpackDb): Promise<Case[]> {
  return db.cases.toArray();
}

/** The case captures go to now; falls back to the default case if the stored one is gone. */
export async function currentCaseId(db: ProofpackDb): Promise<string> {
  const id = await readSetting(db, 'currentCaseId');
  if (id !== DEFAULT_CASE_ID && !(await db.cases.get(id))) return DEFAULT_CASE_ID;
  return id;
}

export async function countItems(db: ProofpackDb, caseId: string): Promise<number> {
  return db.evidence.where('caseId').equals(caseId).count();
}

export async function withCount(db: ProofpackDb, c: Case): Promise<CaseWithCount> {
  return { ...c, itemCount: await countItems(db, c.id) };
}

/** All cases, most recently changed first. */
export async function listCases(db: ProofpackDb): Promise<CaseWithCount[]> {
  const cases = await db.cases.orderBy('updatedAt').reverse().toArray();
  return Promise.all(cases.map((c) => withCount(db, c)));
}

export async function renameCase(
  db: ProofpackDb,
  caseId: string,
  fields: { title: string; provider: string; language?: CaseLanguage },
  now: string,
): Promise<Case> {
  const found = await db.cases.get(caseId);
  if (!found) throw new Error(`No case ${caseId}`);
  const renamed = {
    ...found,
    title: fields.title.trim() || found.title,
    provider: fields.provider.trim(),
    language: fields.language ?? found.language,
    updatedAt: now,
  };
  await db.cases.put(renamed);
  return renamed;
}

/** Deletes a case with all its evidence, workspace, contacts and letter in one transaction. */
/** Deletes a whole case in one transaction, so it is gone whole or not at all: its record, its
 * evidence with originals, thumbnails and attachments, workspace, contact log, letter, portal edits, recordings and the
 * messages a recording kept. Deleting the current case makes the default case current. */
export async function deleteCase(db: ProofpackDb, caseId: string): Promise<void> {
  const tables = [
    db.cases,
    db.evidence,
    db.originals,
    db.thumbnails,
    db.attachments,
    db.workspaces,
    db.contacts,
    db.letters,
    db.portalEdits,
    db.recordings,
    db.recordedMessages,
    db.settings,
    db.timestamps,
    db.timestampQueue,
  ];
  await db.transaction('rw', tables, async () => {
    const ids = (await db.evidence.where('caseId').equals(caseId).primaryKeys()) as string[];
    await db.originals.bulkDelete(ids);
    await db.thumbnails.bulkDelete(ids);
    await db.attachments.where('evidenceId').anyOf(ids).delete();
    await db.evidence.bulkDelete(ids);
    await db.recordedMessages.where('evidenceId').anyOf(ids).delete();
    await db.timestamps.where('caseId').equals(caseId).delete();
    await db.timestampQueue.filter((p) => p.caseId === caseId).delete();
    await db.recordings.where('caseId').equals(caseId).delete();
    await db.contacts.where('caseId').equals(caseId).delete();
    await db.workspaces.delete(caseId);
    await db.letters.delete(caseId);
    await db.portalEdits.where('caseId').equals(caseId).delete();
    await db.cases.delete(caseId);
    if ((await readSetting(db, 'currentCaseId')) === caseId) await writeSetting(db, 'currentCaseId', DEFAULT_CASE_ID);
  });
}
