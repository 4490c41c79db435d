// Transcript and recording repository. A recording's evidence item is re-written at each save:
// the record, the transcript JSON it describes and the changed messages go in one transaction,
// so the stored JSON always matches the SHA-256 in the record, whatever stops when.
import type { CapturedEvidence, TranscriptEvidence } from '../domain/evidence';
import type { RecordedMessage } from '../domain/transcript';
import type { SessionState } from '../domain/transcript';
import type { RecordingLog } from '../domain/recordingLog.mjs';
import type { ProofpackDb, RecordingRecord } from './db';

/** What a recording keeps between saves and across service-worker restarts (RecordingRecord.state). */
export interface RecordingState {
  /** The frame whose content script records (it changes when the tab navigates). */
  frameId: number;
  /** Every session (page load) of this recording, by number; the highest is the live one. */
  sessions: Record<string, SessionState>;
  /** The hash-chained log of the saves so far (absent on recordings started before 0.2). */
  log?: RecordingLog;
}

export interface ActiveRecording extends RecordingRecord {
  state: RecordingState;
}

export async function getRecording(db: ProofpackDb, evidenceId: string): Promise<ActiveRecording | undefined> {
  return (await db.recordings.get(evidenceId)) as ActiveRecording | undefined;
}

export async function recordingInTab(db: ProofpackDb, tabId: number): Promise<ActiveRecording | undefined> {
  return (await db.recordings.where('tabId').equals(tabId).first()) as ActiveRecording | undefined;
}

export async function countRecordings(db: ProofpackDb): Promise<number> {
  return db.recordings.count();
}

/** Every recording row still open (running, or left running by a browser that ended). */
export async function openRecordings(db: ProofpackDb): Promise<ActiveRecording[]> {
  return (await db.recordings.toArray()) as ActiveRecording[];
}

/** Replaces a recording's row (e.g. with a new session after a navigation). */
export async function putRecording(db: ProofpackDb, rec: ActiveRecording): Promise<void> {
  await db.recordings.put(rec);
}

/** Forgets a recording whose item is gone: its row and its stored messages. */
export async function dropRecording(db: ProofpackDb, evidenceId: string): Promise<void> {
  await db.transaction('rw', [db.recordings, db.recordedMessages], async () => {
    await db.recordings.delete(evidenceId);
    await db.recordedMessages.where('evidenceId').equals(evidenceId).delete();
  });
}

/** The stored messages of a recording in progress, in chat order. */
export async function recordedMessages(db: ProofpackDb, evidenceId: string): Promise<RecordedMessage[]> {
  const rows = await db.recordedMessages.where('evidenceId').equals(evidenceId).toArray();
  return rows.map(({ evidenceId: _e, ...m }) => m).sort((a, b) => a.order - b.order);
}

/** Creates the recording's evidence item (empty transcript) and its recording row together. */
export async function startRecordingItem(
  db: ProofpackDb,
  capture: CapturedEvidence<TranscriptEvidence>,
  recording: ActiveRecording,
): Promise<void> {
  await db.transaction('rw', [db.evidence, db.originals, db.recordings], async () => {
    await db.evidence.add(capture.evidence);
    await db.originals.add({ evidenceId: capture.evidence.id, data: capture.original });
    await db.recordings.add(recording);
  });
}

/** One incremental save. Returns false when the recording was stopped meanwhile (nothing written). */
export async function saveRecording(
  db: ProofpackDb,
  save: {
    capture: CapturedEvidence<TranscriptEvidence>;
    recording: ActiveRecording;
    written: readonly RecordedMessage[];
  },
): Promise<boolean> {
  const { evidence } = save.capture;
  return db.transaction('rw', [db.evidence, db.originals, db.recordings, db.recordedMessages], async () => {
    if (!(await db.recordings.get(evidence.id)) || !(await db.evidence.get(evidence.id))) return false;
    await db.recordedMessages.bulkPut(save.written.map((m) => ({ ...m, evidenceId: evidence.id })));
    await db.evidence.put(evidence);
    await db.originals.put({ evidenceId: evidence.id, data: save.capture.original });
    await db.recordings.put(save.recording);
    return true;
  });
}

/** The last save: the final transcript, and the recording's working rows removed. */
export async function finishRecording(
  db: ProofpackDb,
  capture: CapturedEvidence<TranscriptEvidence>,
): Promise<boolean> {
  const { evidence } = capture;
  return db.transaction('rw', [db.evidence, db.originals, db.recordings, db.recordedMessages], async () => {
    await db.recordings.delete(evidence.id);
    await db.recordedMessages.where('evidenceId').equals(evidence.id).delete();
    // The user may have deleted the item while it recorded: do not bring it back.
    if (!(await db.evidence.get(evidence.id))) return false;
    await db.evidence.put(evidence);
    await db.originals.put({ evidenceId: evidence.id, data: capture.original });
    return true;
  });
}
