// The recording repository: each save is whole (record, JSON, rows together), stop cleans up.
import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptEvidence } from '../../../src/domain/evidence';
import type { RecordedMessage } from '../../../src/domain/transcript';
import type { ProofpackDb } from '../../../src/storage/db';
import {
  type ActiveRecording,
  finishRecording,
  recordedMessages,
  recordingInTab,
  saveRecording,
  startRecordingItem,
} from '../../../src/storage/transcripts';
import { freshDb } from './fixtures';

const opened: ProofpackDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const at = '2026-11-23T09:00:00.000+08:00';
function transcript(count: number, sha: string, stoppedAt?: string): TranscriptEvidence {
  return {
    id: 'rec-1',
    caseId: 'default',
    kind: 'transcript',
    capturedAt: at,
    capturedAtMs: 1,
    timeZone: 'Asia/Shanghai',
    url: 'https://desk.test/',
    title: 'Support',
    caption: '',
    userAgent: 'UA',
    widget: 'generic',
    frameUrl: 'https://desk.test/',
    messageCount: count,
    recording: { startedAt: at, ...(stoppedAt ? { stoppedAt } : {}) },
    file: { mediaType: 'application/json', bytes: 2, sha256: sha },
  };
}
const recording: ActiveRecording = {
  evidenceId: 'rec-1',
  caseId: 'default',
  tabId: 7,
  startedAt: at,
  state: { frameId: 0, sessions: { 0: { session: 0, base: 0, aliases: {} } } },
};
const msg = (id: string, order: number): RecordedMessage => ({
  id,
  order,
  role: 'agent',
  author: '',
  text: id,
  observedAt: at,
});

async function started(): Promise<ProofpackDb> {
  const db = freshDb();
  opened.push(db);
  await startRecordingItem(db, { evidence: transcript(0, 'a'.repeat(64)), original: new Blob(['{}']) }, recording);
  return db;
}

describe('recording repository', () => {
  it('saves batches incrementally and finds the recording by tab', async () => {
    const db = await started();
    expect((await recordingInTab(db, 7))?.evidenceId).toBe('rec-1');
    expect(
      await saveRecording(db, {
        capture: { evidence: transcript(2, 'b'.repeat(64)), original: new Blob(['[1,2]']) },
        recording,
        written: [msg('0/s:2', 1), msg('0/s:1', 0)],
      }),
    ).toBe(true);
    expect((await recordedMessages(db, 'rec-1')).map((m) => m.id)).toEqual(['0/s:1', '0/s:2']);
    expect(await db.evidence.get('rec-1')).toMatchObject({ messageCount: 2, file: { sha256: 'b'.repeat(64) } });
    expect(await (await db.originals.get('rec-1'))?.data.text()).toBe('[1,2]');
  });

  it('finishes with the final transcript and removes the working rows', async () => {
    const db = await started();
    await saveRecording(db, {
      capture: { evidence: transcript(1, 'b'.repeat(64)), original: new Blob(['x']) },
      recording,
      written: [msg('0/s:1', 0)],
    });
    expect(
      await finishRecording(db, { evidence: transcript(1, 'c'.repeat(64), at), original: new Blob(['final']) }),
    ).toBe(true);
    expect(await db.recordings.count()).toBe(0);
    expect(await db.recordedMessages.count()).toBe(0);
    expect((await db.evidence.get('rec-1'))?.kind === 'transcript' && (await db.evidence.get('rec-1'))).toMatchObject({
      recording: { stoppedAt: at },
    });
    expect(await (await db.originals.get('rec-1'))?.data.text()).toBe('final');
    // A batch that arrives after the stop writes nothing.
    expect(
      await saveRecording(db, {
        capture: { evidence: transcript(9, 'd'.repeat(64)), original: new Blob(['late']) },
        recording,
        written: [msg('0/s:9', 9)],
      }),
    ).toBe(false);
    expect(await (await db.originals.get('rec-1'))?.data.text()).toBe('final');
  });

  it('does not bring back an item the user deleted while it recorded', async () => {
    const db = await started();
    await db.evidence.delete('rec-1');
    expect(
      await saveRecording(db, {
        capture: { evidence: transcript(1, 'b'.repeat(64)), original: new Blob(['x']) },
        recording,
        written: [msg('0/s:1', 0)],
      }),
    ).toBe(false);
    expect(
      await finishRecording(db, { evidence: transcript(1, 'c'.repeat(64), at), original: new Blob(['final']) }),
    ).toBe(false);
    expect(await db.evidence.get('rec-1')).toBeUndefined();
    expect(await db.recordings.count()).toBe(0);
  });
});
