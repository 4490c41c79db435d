// Storing a case restored from a bundle: every record and original in one transaction, so an
// import is stored whole or not at all (a full disk or a Cancel leaves nothing half-imported). The
// transaction only adds records (and puts the new case's own workspace, letter and tokens): an
// aborted one cannot touch the cases already stored.
import { type RestoredCase, withNewIds } from '../domain/bundle/restore';
import { pendingId } from '../domain/timestamp/queue';
import type { ProofpackDb } from './db';

export interface ImportOptions {
  newId?: () => string;
  /** Aborts the transaction while it runs: nothing of the case is stored. */
  signal?: AbortSignal;
}

/** Stores the case under its own ids if all are free, else under new ones; returns what was stored. */
export async function importCase(
  db: ProofpackDb,
  restored: RestoredCase,
  { newId = () => crypto.randomUUID(), signal }: ImportOptions = {},
): Promise<RestoredCase> {
  signal?.throwIfAborted();
  let cancel = (): void => undefined;
  signal?.addEventListener('abort', () => cancel(), { once: true });
  const tables = [db.cases, db.evidence, db.originals, db.attachments, db.workspaces, db.contacts, db.letters];
  return db
    .transaction('rw', [...tables, db.timestamps], async (tx) => {
      cancel = () => {
        try {
          tx.abort();
        } catch {
          // Already committing: the case is stored whole, and the caller says so.
        }
      };
      signal?.throwIfAborted();
      const taken =
        (await db.cases.get(restored.case.id)) !== undefined ||
        (await db.evidence.bulkGet(restored.evidence.map((e) => e.record.id))).some(Boolean) ||
        (await db.contacts.bulkGet(restored.contacts.map((c) => c.id))).some(Boolean);
      const renumbered = taken ? withNewIds(restored, newId) : restored;
      // A second copy of a case the user has gets a title of its own: "Title (2)", "Title (3)"…
      const titles = new Set((await db.cases.toArray()).map((c) => c.title));
      let title = renumbered.case.title;
      for (let n = 2; titles.has(title); n++) title = `${renumbered.case.title} (${n})`;
      const target =
        title === renumbered.case.title ? renumbered : { ...renumbered, case: { ...renumbered.case, title } };
      const caseId = target.case.id;
      await db.cases.add(target.case);
      await db.evidence.bulkAdd(target.evidence.map((e) => e.record));
      await db.originals.bulkAdd(target.evidence.map((e) => ({ evidenceId: e.record.id, data: e.original })));
      await db.attachments.bulkAdd(
        target.evidence.flatMap((e) => (e.attachments ?? []).map((a) => ({ ...a, evidenceId: e.record.id }))),
      );
      await db.workspaces.put({ caseId, facts: target.facts, exhibits: target.exhibitSettings, updatedAt: Date.now() });
      await db.contacts.bulkAdd(target.contacts.map((c) => ({ ...c, caseId })));
      if (target.letter) await db.letters.put({ ...target.letter, caseId, updatedAt: Date.now() });
      // The tokens the bundle carried (verified before restoring): the items keep their proof of time.
      await db.timestamps.bulkPut(
        target.timestamps.map((t) => ({ ...t, caseId, id: pendingId(t.subject, t.evidenceId, t.sha256) })),
      );
      return target;
    })
    .finally(() => {
      cancel = () => undefined;
    });
}
