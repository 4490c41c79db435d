// The screenshot Capture chat takes beside a transcript: stored linked to it when taken, and when it
// failed or is turned off, said in the outcome and never thrown (the chat capture must not fail for it).
import { describe, expect, it, vi } from 'vitest';

// The worker's modules import the extension API; these paths never call it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const { storeCompanion } = await import('../../../src/background/chatCapture');
const { openDatabase } = await import('../../../src/storage/db');
const { getEvidence } = await import('../../../src/storage/evidence');
const { ProofpackError } = await import('../../../src/messaging/protocol');
type ScreenshotEvidence = import('../../../src/domain/evidence').ScreenshotEvidence;

const at = '2026-11-23T09:00:00.000+08:00';
const screenshot = (id: string): ScreenshotEvidence => ({
  id,
  caseId: 'default',
  kind: 'screenshot',
  capturedAt: at,
  capturedAtMs: Date.parse(at),
  timeZone: 'Asia/Shanghai',
  url: 'https://desk.test/',
  title: 'Support',
  caption: '',
  userAgent: 'test',
  viewport: { width: 10, height: 10 },
  devicePixelRatio: 1,
  image: { mediaType: 'image/png', bytes: 3, sha256: 'ab'.repeat(32), width: 10, height: 10 },
});

describe('storeCompanion', () => {
  it('stores the screenshot naming the transcript it was taken beside', async () => {
    const db = openDatabase(`companion-${crypto.randomUUID()}`);
    const capture = { evidence: screenshot('s1'), original: new Blob([new Uint8Array([1, 2, 3])]) };
    expect(await storeCompanion(db, { capture }, 't1')).toEqual({ saved: true });
    expect(await getEvidence(db, 's1')).toMatchObject({ kind: 'screenshot', companion: 't1' });
  });

  it('says a failed screenshot failed, with its code, and stores nothing', async () => {
    const db = openDatabase(`companion-${crypto.randomUUID()}`);
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
    const db = openDatabase(`companion-${crypto.randomUUID()}`);
    expect(await storeCompanion(db, null, 't1')).toEqual({ saved: false, off: true });
  });
});
