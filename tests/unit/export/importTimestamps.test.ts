// Import keeps the trusted timestamps a bundle carries: export with tokens from a real local
// authority (openssl ts -reply) → delete the case → import → the items have their tokens again,
// under new ids when imported beside the case, and a re-export lists the same tokens, which verify.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTsa } from '../../../scripts/lib/testTsa.mjs';
import { pendingId, type TimestampToken } from '../../../src/domain/timestamp/queue';
import { exportCase } from '../../../src/export/exportCase';
import { openBundleZip, restoredCaseFromBundle, verifyBundleEntries } from '../../../src/export/readBundle';
import { deleteCase } from '../../../src/storage/cases';
import { importCase } from '../../../src/storage/caseImport';
import { loadCaseSnapshot } from '../../../src/storage/caseSnapshot';
import type { ProofpackDb } from '../../../src/storage/db';
import { getOriginal } from '../../../src/storage/evidence';
import { tokensOfCase } from '../../../src/storage/timestamps';
import { verifyTimestampToken } from '../../../src/timestamp/rfc3161.mjs';
import { tokenFrom } from '../timestamp/tsaToken';
import { CASE_ID, seedCase } from './caseFixture';

let tsa: Awaited<ReturnType<typeof startTestTsa>>;
beforeAll(async () => {
  tsa = await startTestTsa();
});
afterAll(() => tsa.close());

async function stamp(db: ProofpackDb, evidenceId: string, sha256: string): Promise<void> {
  const { reply, genTime, chainPem } = await tokenFrom(tsa.url, sha256);
  const id = pendingId('original', evidenceId, sha256);
  const token: TimestampToken = {
    id,
    caseId: CASE_ID,
    evidenceId,
    subject: 'original',
    sha256,
    authority: 'Test TSA',
    authorityUrl: tsa.url,
    genTime,
    reply,
    chainPem,
  };
  await db.timestamps.put(token);
}

async function exportFrom(db: ProofpackDb, caseId: string) {
  const snapshot = await loadCaseSnapshot(db, caseId, Date.parse('2026-11-30T02:00:00Z'), 'Asia/Shanghai');
  if (!snapshot) throw new Error('no case');
  return exportCase(snapshot, {
    readOriginal: (id) => getOriginal(db, id),
    generator: 'Proofpack 0.1.0',
    now: new Date('2026-11-30T02:00:00Z'),
    timeZone: 'Asia/Shanghai',
    timestamps: await tokensOfCase(db, caseId),
  });
}

async function importBlob(db: ProofpackDb, blob: Blob) {
  const entries = await openBundleZip(blob);
  return importCase(
    db,
    await restoredCaseFromBundle(entries, await verifyBundleEntries(entries, verifyTimestampToken)),
  );
}

const listed = (plan: Awaited<ReturnType<typeof exportFrom>>['plan']) =>
  (plan.manifest.timestamps ?? []).map((t) => [t.exhibit, t.subject, t.of, t.imprintSha256, t.genTime]);

describe('import keeps trusted timestamps', () => {
  it('export → delete → import restores each token, and the re-export carries and verifies them', async () => {
    const { db } = await seedCase();
    const shot = await db.evidence.get('ev-a');
    const chat = await db.evidence.get('ev-chat');
    if (shot?.kind !== 'screenshot' || chat?.kind !== 'transcript') throw new Error('fixture changed');
    await stamp(db, 'ev-a', shot.image.sha256);
    await stamp(db, 'ev-chat', chat.file.sha256);
    const before = await tokensOfCase(db, CASE_ID);
    const first = await exportFrom(db, CASE_ID);
    expect(listed(first.plan)).toHaveLength(2);
    await deleteCase(db, CASE_ID);
    expect(await db.timestamps.count()).toBe(0);

    const restored = await importBlob(db, first.blob);
    expect(restored.case.id).toBe(CASE_ID);
    const after = await tokensOfCase(db, CASE_ID);
    const fields = (t: TimestampToken) => [t.id, t.evidenceId, t.sha256, t.genTime, t.authority, t.authorityUrl];
    expect(after.map(fields).sort()).toEqual(before.map(fields).sort());
    for (const t of after) {
      const original = before.find((b) => b.id === t.id);
      expect(Buffer.from(t.reply).equals(Buffer.from(original?.reply ?? []))).toBe(true);
      expect(t.chainPem).toBe(original?.chainPem);
    }

    const second = await exportFrom(db, CASE_ID);
    expect(listed(second.plan)).toEqual(listed(first.plan));
    const verification = await verifyBundleEntries(await openBundleZip(second.blob), verifyTimestampToken);
    expect(verification.ok, verification.problems.join('\n')).toBe(true);
    expect(verification.timestamps.filter((t) => t.ok)).toHaveLength(2);
  });

  it('imported beside the case, the copy has the tokens under its own item ids', async () => {
    const { db } = await seedCase();
    const shot = await db.evidence.get('ev-b');
    if (shot?.kind !== 'screenshot') throw new Error('fixture changed');
    await stamp(db, 'ev-b', shot.image.sha256);
    const copy = await importBlob(db, (await exportFrom(db, CASE_ID)).blob);
    expect(copy.case.id).not.toBe(CASE_ID);
    const copied = copy.evidence.find(
      (e) => e.record.kind === 'screenshot' && e.record.image.sha256 === shot.image.sha256,
    );
    const tokens = await tokensOfCase(db, copy.case.id);
    expect(tokens.map((t) => [t.evidenceId, t.sha256, t.id])).toEqual([
      [copied?.record.id, shot.image.sha256, pendingId('original', copied?.record.id ?? '', shot.image.sha256)],
    ]);
    expect(await tokensOfCase(db, CASE_ID)).toHaveLength(1);
  });

  it('keeps no token the verifier did not check (a bundle read without the token checker)', async () => {
    const { db } = await seedCase();
    const shot = await db.evidence.get('ev-a');
    if (shot?.kind !== 'screenshot') throw new Error('fixture changed');
    await stamp(db, 'ev-a', shot.image.sha256);
    const { blob } = await exportFrom(db, CASE_ID);
    await deleteCase(db, CASE_ID);
    const entries = await openBundleZip(blob);
    const verification = await verifyBundleEntries(entries, verifyTimestampToken);
    const unchecked = { ...verification, timestamps: verification.timestamps.map((t) => ({ ...t, ok: false })) };
    const restored = await restoredCaseFromBundle(entries, unchecked);
    expect(restored.evidence).toHaveLength(3);
    expect(restored.timestamps).toEqual([]);
  });
});
