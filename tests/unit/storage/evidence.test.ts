import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CASE_ID, newCase } from '../../../src/domain/case';
import { createCase, currentCaseId, ensureDefaultCase, listCases, switchCase } from '../../../src/storage/cases';
import type { ProofpackDb } from '../../../src/storage/db';
import {
  addCapture,
  deleteEvidence,
  getOriginal,
  getThumbnail,
  listEvidence,
  putThumbnail,
  setCaption,
} from '../../../src/storage/evidence';
import { freshDb, png, screenshot } from './fixtures';

let db: ProofpackDb;
afterEach(() => db?.close());

const init = { title: 'My complaint', language: 'en-GB' as const, now: '2026-11-23T10:00:00.000+00:00' };

describe('evidence repository', () => {
  it('stores record and original together, the thumbnail beside them, and reads them back', async () => {
    db = freshDb();
    await ensureDefaultCase(db, init);
    const ev = screenshot();
    await addCapture(db, { evidence: ev, original: png('original') });
    await putThumbnail(db, ev.id, { data: new Blob(['t']), width: 320, height: 180 });
    expect(await listEvidence(db, DEFAULT_CASE_ID)).toEqual([ev]);
    expect(await (await getOriginal(db, ev.id))?.text()).toBe('original');
    expect((await getThumbnail(db, ev.id))?.width).toBe(320);
    expect((await db.cases.get(DEFAULT_CASE_ID))?.updatedAt).toBe(ev.capturedAt);
  });

  it('stores nothing when any part of the write fails (whole or not at all)', async () => {
    db = freshDb();
    await ensureDefaultCase(db, init);
    const ev = screenshot();
    await addCapture(db, { evidence: ev, original: png() });
    // A second capture whose original's key collides fails after its record was added.
    await db.originals.add({ evidenceId: 'ev-collide', data: png('someone else') });
    const doomed = screenshot({ id: 'ev-collide' });
    await expect(addCapture(db, { evidence: doomed, original: png() })).rejects.toThrow();
    expect(await db.evidence.get('ev-collide')).toBeUndefined();
    expect(await (await db.originals.get('ev-collide'))?.data.text()).toBe('someone else');
    expect(await listEvidence(db, DEFAULT_CASE_ID)).toEqual([ev]);
  });

  it('lists newest first by instant, whatever the UTC offsets, a page at a time', async () => {
    db = freshDb();
    await ensureDefaultCase(db, init);
    // 19:00+08:00 is 11:00Z, earlier than 12:30+00:00 although its string sorts later.
    const shanghai = screenshot({
      capturedAt: '2026-11-23T19:00:00.000+08:00',
      capturedAtMs: Date.parse('2026-11-23T11:00:00Z'),
    });
    const london = screenshot({
      capturedAt: '2026-11-23T12:30:00.000+00:00',
      capturedAtMs: Date.parse('2026-11-23T12:30:00Z'),
    });
    await addCapture(db, { evidence: shanghai, original: png() });
    await addCapture(db, { evidence: london, original: png() });
    expect((await listEvidence(db, DEFAULT_CASE_ID)).map((e) => e.id)).toEqual([london.id, shanghai.id]);
    expect((await listEvidence(db, DEFAULT_CASE_ID, { offset: 1, limit: 1 })).map((e) => e.id)).toEqual([shanghai.id]);
  });

  it('keeps cases apart', async () => {
    db = freshDb();
    await ensureDefaultCase(db, init);
    await createCase(db, newCase({ id: 'c2', title: 'Refund', provider: 'Shop', language: 'en-GB', now: init.now }));
    await addCapture(db, { evidence: screenshot({ caseId: 'c2' }), original: png() });
    await addCapture(db, { evidence: screenshot(), original: png() });
    expect(await listEvidence(db, 'c2')).toHaveLength(1);
    const counts = Object.fromEntries((await listCases(db)).map((c) => [c.id, c.itemCount]));
    expect(counts).toEqual({ default: 1, c2: 1 });
  });

  it('captions and deletes (record, original and thumbnail)', async () => {
    db = freshDb();
    const ev = screenshot();
    await addCapture(db, { evidence: ev, original: png() });
    await putThumbnail(db, ev.id, { data: new Blob(['t']), width: 1, height: 1 });
    await setCaption(db, ev.id, 'Error 0x3000046 <b>');
    expect((await db.evidence.get(ev.id))?.caption).toBe('Error 0x3000046 <b>');
    await deleteEvidence(db, ev.id);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.originals.count()).toBe(0);
    expect(await db.thumbnails.count()).toBe(0);
    await expect(setCaption(db, ev.id, 'x')).rejects.toThrow();
  });
});

describe('cases repository', () => {
  it('creates the default case once and makes new cases current', async () => {
    db = freshDb();
    await ensureDefaultCase(db, init);
    await ensureDefaultCase(db, { ...init, title: 'Other' });
    expect((await db.cases.get(DEFAULT_CASE_ID))?.title).toBe('My complaint');
    expect(await currentCaseId(db)).toBe(DEFAULT_CASE_ID);
    await createCase(
      db,
      newCase({ id: 'c2', title: 'Outage', provider: 'CloudDesk', language: 'en-GB', now: init.now }),
    );
    expect(await currentCaseId(db)).toBe('c2');
    await switchCase(db, DEFAULT_CASE_ID);
    expect(await currentCaseId(db)).toBe(DEFAULT_CASE_ID);
    await expect(switchCase(db, 'nope')).rejects.toThrow();
  });

  it('falls back to the default case when the current one is gone', async () => {
    db = freshDb();
    await ensureDefaultCase(db, init);
    await createCase(db, newCase({ id: 'gone', title: 'x', provider: '', language: 'en-GB', now: init.now }));
    await db.cases.delete('gone');
    expect(await currentCaseId(db)).toBe(DEFAULT_CASE_ID);
  });
});
