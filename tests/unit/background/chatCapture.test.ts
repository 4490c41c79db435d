// The screenshot Capture chat takes beside a transcript: stored linked to it when taken, and when it
// failed or is turned off, said in the outcome and never thrown (the chat capture must not fail for it).
import { describe, expect, it, vi } from 'vitest';

// The worker's modules import the extension API; these paths never call it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const { storeCompanion } = await import('../../../src/background/chatCapture');
const { getEvidence } = await import('../../../src/storage/evidence');
const { ProofpackError } = await import('../../../src/messaging/protocol');
const { freshDb, png, screenshot } = await import('../storage/fixtures');

describe('storeCompanion', () => {
  it('stores the screenshot naming the transcript it was taken beside', async () => {
    const db = freshDb();
    const capture = { evidence: screenshot({ id: 's1' }), original: png() };
    expect(await storeCompanion(db, { capture }, 't1')).toEqual({ saved: true });
    expect(await getEvidence(db, 's1')).toMatchObject({ kind: 'screenshot', companion: 't1' });
  });

  it('says a failed screenshot failed, with its code, and stores nothing', async () => {
    const db = freshDb();
    const error = new ProofpackError('capture-failed', 'refused');
    expect(await storeCompanion(db, { error }, 't1')).toEqual({ saved: false, off: false, error: 'capture-failed' });
    expect(await storeCompanion(db, { error: new Error('odd') }, 't1')).toEqual({
      saved: false,
      off: false,
      error: 'unknown',
    });
    expect(await db.evidence.count()).toBe(0);
  });

  it('says it was off when the setting turned it off', async () => {
    const db = freshDb();
    expect(await storeCompanion(db, null, 't1')).toEqual({ saved: false, off: true });
  });
});
