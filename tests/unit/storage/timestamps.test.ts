// The timestamp queue's storage: a hash is queued once, never again once answered, and a deleted
// item takes its tokens and waiting hashes with it.
import { describe, expect, it } from 'vitest';
import { newPending } from '../../../src/domain/timestamp/queue';
import { deleteEvidence } from '../../../src/storage/evidence';
import { enqueueMissing, storeToken } from '../../../src/storage/timestamps';
import { freshDb, png, screenshot } from './fixtures';

const pending = (evidenceId: string, sha256: string) =>
  newPending({ caseId: 'default', evidenceId, subject: 'original', sha256 }, 1000);
const answer = (evidenceId: string, sha256: string) => ({
  ...pending(evidenceId, sha256),
  authority: 'Test TSA',
  authorityUrl: 'https://tsa.example',
  genTime: '2026-11-30T05:00:00Z',
  reply: new Uint8Array(1),
  chainPem: '',
});

describe('timestamp queue storage', () => {
  it('queues each hash once and not again after its token arrived', async () => {
    const db = freshDb();
    const item = screenshot();
    await db.evidence.add(item);
    expect(await enqueueMissing(db, [pending(item.id, 'a'.repeat(64)), pending(item.id, 'a'.repeat(64))])).toBe(1);
    expect(await enqueueMissing(db, [pending(item.id, 'a'.repeat(64))])).toBe(0);
    expect(await storeToken(db, answer(item.id, 'a'.repeat(64)))).toBe(true);
    expect(await db.timestampQueue.count()).toBe(0);
    expect(await enqueueMissing(db, [pending(item.id, 'a'.repeat(64))])).toBe(0);
  });

  it('drops the tokens and waiting hashes of a deleted item, and stores no token for it afterwards', async () => {
    const db = freshDb();
    const item = screenshot();
    await db.evidence.add(item);
    await db.originals.add({ evidenceId: item.id, data: png() });
    await enqueueMissing(db, [pending(item.id, 'b'.repeat(64))]);
    await deleteEvidence(db, item.id);
    expect(await db.timestampQueue.count()).toBe(0);
    expect(await storeToken(db, answer(item.id, 'b'.repeat(64)))).toBe(false);
    expect(await db.timestamps.count()).toBe(0);
  });
});
