// Storing an imported case is one transaction that only adds: cancelled midway (or before it
// starts), the user's existing cases and items are exactly as they were and nothing is added.
import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../src/export/exportCase';
import { openBundleZip, restoredCaseFromBundle, verifyBundleEntries } from '../../../src/export/readBundle';
import { importCase } from '../../../src/storage/caseImport';
import { loadCaseSnapshot } from '../../../src/storage/caseSnapshot';
import type { ProofpackDb } from '../../../src/storage/db';
import { getOriginal } from '../../../src/storage/evidence';
import { CASE_ID, seedCase } from '../export/caseFixture';

const NOW = new Date('2026-11-24T02:00:00Z');

async function restoredCopy(db: ProofpackDb) {
  const snapshot = await loadCaseSnapshot(db, CASE_ID, NOW.getTime(), 'Asia/Shanghai');
  if (!snapshot) throw new Error('no case');
  const { blob } = await exportCase(snapshot, {
    readOriginal: (id) => getOriginal(db, id),
    generator: 'Proofpack 0.1.0',
    now: NOW,
    timeZone: 'Asia/Shanghai',
  });
  const entries = await openBundleZip(blob);
  return restoredCaseFromBundle(entries, await verifyBundleEntries(entries));
}

const everything = async (db: ProofpackDb) => ({
  cases: await db.cases.toArray(),
  evidence: await db.evidence.toArray(),
  originals: (await db.originals.toArray()).map((o) => [o.evidenceId, o.data.size]),
  workspaces: await db.workspaces.toArray(),
  contacts: await db.contacts.toArray(),
  letters: await db.letters.toArray(),
  timestamps: await db.timestamps.toArray(),
});

describe('importCase cancelled', () => {
  it('midway through its transaction: the existing case is untouched and nothing is added', async () => {
    const { db } = await seedCase();
    const restored = await restoredCopy(db);
    const before = await everything(db);
    const controller = new AbortController();
    // The copy gets new ids (the case is already there); the first new id is asked for inside the transaction.
    const newId = () => {
      controller.abort(new Error('cancelled by the user'));
      return crypto.randomUUID();
    };
    await expect(importCase(db, restored, { newId, signal: controller.signal })).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
  });

  it('before it starts: refused with the reason, nothing written', async () => {
    const { db } = await seedCase();
    const restored = await restoredCopy(db);
    const before = await everything(db);
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(importCase(db, restored, { signal: controller.signal })).rejects.toThrow('cancelled by the user');
    expect(await everything(db)).toEqual(before);
    // And without a cancel, the same copy is stored beside the case.
    await importCase(db, restored);
    expect(await db.cases.count()).toBe(before.cases.length + 1);
  });
});
