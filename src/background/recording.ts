// "Record chat": one content script records the chosen frame and sends batches (every 2 s at most,
// and when the page hides); each batch is saved at once into the transcript item, so a stopped
// worker, a navigation or a closed tab loses nothing already sent. State lives in IndexedDB.
import browser, { type Tabs } from 'webextension-polyfill';
import { chooseFrameChat } from '../capture/chat/frames';
import type { TranscriptEvidence } from '../domain/evidence';
import { formatRfc3339 } from '../domain/time';
import { sha256Hex } from '../domain/hash';
import { appendSave, emptyLog } from '../domain/recordingLog.mjs';
import {
  applySessionBatch,
  newSession,
  type RecordedMessage,
  type SessionState,
  toChatMessage,
} from '../domain/transcript';
import type { RecordingCommand } from '../messaging/chatAgent';
import type { RecordingStart, RecordingStatus, RequestOf } from '../messaging/protocol';
import { currentCaseId } from '../storage/cases';
import type { ProofpackDb } from '../storage/db';
import { getEvidence } from '../storage/evidence';
import {
  type ActiveRecording,
  dropRecording,
  finishRecording,
  getRecording,
  putRecording,
  recordedMessages,
  recordingInTab,
  saveRecording,
  startRecordingItem,
} from '../storage/transcripts';
import { evidenceAdded } from './afterCapture';
import { refreshBadge } from './badge';
import { timestampStoppedRecording } from './timestamps';
import type { WorkerDeps } from './deps';
import { logFailure } from './log';
import { broadcast } from './broadcast';
import { activeTabOf, ensureCapturable } from './captureFlow';
import { newTranscript, transcriptCapture } from './chatCapture';
import { callChatAgent, readChatFrames } from './chatFrames';

type Batch = Omit<RequestOf<'recording/batch'>, 'evidenceId'>;
/** How a recording ended: at the user's Stop, or cut short (stoppedAt: its last save). */
type RecordingEnd = { stoppedAt: string; interrupted?: true };

/** Saves of one recording run one after another (batches, re-injections and the stop). */
const queues = new Map<string, Promise<unknown>>();
function exclusive<T>(evidenceId: string, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(evidenceId) ?? Promise.resolve()).then(task, task);
  queues.set(
    evidenceId,
    next.catch(() => undefined),
  );
  return next;
}

function statusOf(rec: ActiveRecording, item: TranscriptEvidence | undefined): RecordingStatus {
  return {
    evidenceId: rec.evidenceId,
    tabId: rec.tabId,
    startedAt: rec.startedAt,
    widget: item?.widget ?? 'generic',
    messageCount: item?.messageCount ?? 0,
  };
}

async function transcriptItem(db: ProofpackDb, evidenceId: string): Promise<TranscriptEvidence | undefined> {
  const item = await getEvidence(db, evidenceId);
  return item?.kind === 'transcript' ? item : undefined;
}

/** Tells the frame's content script to record (injected again first: after a navigation it is gone). */
async function commandRecorder(tabId: number, frameId: number, command: RecordingCommand): Promise<boolean> {
  const { answers } = await callChatAgent(tabId, [frameId], 'record', command);
  return answers[0]?.result === true;
}

/** Rebuilds the transcript from all messages and writes it with the changed rows (or finishes it). */
async function persist(
  db: ProofpackDb,
  rec: ActiveRecording,
  item: TranscriptEvidence,
  messages: RecordedMessage[],
  written: RecordedMessage[],
  widget: string | null,
  stop?: RecordingEnd,
): Promise<TranscriptEvidence | null> {
  const recording = { startedAt: rec.startedAt, ...stop };
  const transcript = {
    ...newTranscript(
      { url: item.url, title: item.title },
      item.frameUrl,
      widget ?? item.widget,
      item.capturedAt,
      messages.map((m) => ({ ...toChatMessage(m), id: m.id })),
    ),
    recording,
    ...(rec.state.log ? { log: rec.state.log } : {}),
  };
  const capture = await transcriptCapture(
    {
      id: item.id,
      caseId: item.caseId,
      capturedAt: item.capturedAt,
      capturedAtMs: item.capturedAtMs,
      timeZone: item.timeZone,
      caption: item.caption,
      recording,
    },
    transcript,
  );
  const saved = stop
    ? await finishRecording(db, capture)
    : await saveRecording(db, { capture, recording: rec, written });
  broadcast('evidence/changed', { caseId: item.caseId });
  return saved ? capture.evidence : null;
}

/** Applies one batch from the content script (sender checked by the caller) and saves. */
export async function receiveBatch(
  deps: WorkerDeps,
  evidenceId: string,
  batch: Batch,
  tabId: number | undefined,
): Promise<null> {
  const { db } = deps;
  const orphaned = await exclusive(evidenceId, async () => {
    const rec = await getRecording(db, evidenceId);
    const session = rec?.state.sessions[batch.session];
    const item = await transcriptItem(db, evidenceId);
    // A batch from another tab, or from a page of a recording already stopped, is not ours to keep.
    if (!rec || rec.tabId !== tabId || !session) return false;
    if (!item) return true;
    if (batch.upserts.length) await applyAndSave(db, rec, item, session, batch, { savedAt: deps.now() });
    return false;
  });
  // The user deleted the item while it recorded: end the recording rather than record into nothing.
  if (orphaned && tabId !== undefined) await stopRecordingInTab(deps, tabId);
  return null;
}

/**
 * The messages of recordings this worker has saved, so a batch of a long chat need not re-read them all
 * (a new worker reads them once).
 */
const inMemory = new Map<string, RecordedMessage[]>();

async function applyAndSave(
  db: ProofpackDb,
  rec: ActiveRecording,
  item: TranscriptEvidence,
  session: SessionState,
  batch: Batch,
  when: { savedAt: Date } | { stop: RecordingEnd },
): Promise<TranscriptEvidence | null> {
  const stop = 'stop' in when ? when.stop : undefined;
  const stored = inMemory.get(rec.evidenceId) ?? (await recordedMessages(db, rec.evidenceId));
  inMemory.delete(rec.evidenceId);
  const applied = applySessionBatch(stored, batch.upserts, session);
  // Each save is logged with the messages it wrote, chained to the save before (hashed before the write).
  const savedAt = stop ? stop.stoppedAt : formatRfc3339('savedAt' in when ? when.savedAt : new Date(), item.timeZone);
  const log = await appendSave(rec.state.log ?? emptyLog(), { savedAt, messages: applied.written }, sha256Hex);
  const next: ActiveRecording = {
    ...rec,
    ...(stop ? {} : { savedAt }),
    state: { ...rec.state, sessions: { ...rec.state.sessions, [session.session]: applied.state }, log },
  };
  const saved = await persist(db, next, item, applied.messages, applied.written, batch.widget, stop);
  if (saved && !stop) inMemory.set(rec.evidenceId, applied.messages);
  return saved;
}

export async function recordingStatus({ db }: WorkerDeps, windowId?: number): Promise<RecordingStatus | null> {
  const tab = await activeTabOf(windowId);
  const rec = tab?.id === undefined ? undefined : await recordingInTab(db, tab.id);
  return rec ? statusOf(rec, await transcriptItem(db, rec.evidenceId)) : null;
}

export async function startRecording(deps: WorkerDeps, windowId?: number): Promise<RecordingStart> {
  const { db } = deps;
  const tab = await ensureCapturable(await activeTabOf(windowId));
  const running = await recordingInTab(db, tab.id);
  if (running) return { started: true, status: statusOf(running, await transcriptItem(db, running.evidenceId)) };
  const caseId = await currentCaseId(db);
  const { frames, complete } = await readChatFrames(tab.id);
  const best = chooseFrameChat(frames);
  if (!best) return { started: false, partial: !complete };
  const now = deps.now();
  const timeZone = deps.timeZone();
  const startedAt = formatRfc3339(now, timeZone);
  const recording = { startedAt };
  const capture = await transcriptCapture(
    {
      id: crypto.randomUUID(),
      caseId,
      capturedAt: startedAt,
      capturedAtMs: now.getTime(),
      timeZone,
      caption: '',
      recording,
    },
    { ...newTranscript(tab, best.frameUrl, best.widget, startedAt, []), recording },
  );
  const rec: ActiveRecording = {
    evidenceId: capture.evidence.id,
    caseId,
    tabId: tab.id,
    startedAt,
    state: { frameId: best.frameId, sessions: { 0: newSession([], 0) } },
  };
  await startRecordingItem(db, capture, rec);
  await commandRecorder(tab.id, best.frameId, { evidenceId: rec.evidenceId, session: 0 });
  await evidenceAdded(db, caseId);
  broadcast('recording/changed', { tabId: tab.id, evidenceId: rec.evidenceId, recording: true });
  return { started: true, status: statusOf(rec, capture.evidence) };
}

/**
 * Ends a recording with its final save: the frame's last messages first when `askPage` (if it still
 * answers); `interrupted` ends one the browser cut short, stopped at its last save. No badge or broadcast.
 */
export function endRecording(
  deps: WorkerDeps,
  evidenceId: string,
  how: { askPage: boolean; interrupted?: boolean },
): Promise<TranscriptEvidence | null> {
  const { db } = deps;
  return exclusive(evidenceId, async () => {
    const rec = await getRecording(db, evidenceId);
    const item = await transcriptItem(db, evidenceId);
    if (!rec) return null;
    const sessions = Object.values(rec.state.sessions);
    const session = sessions.reduce((a, b) => (b.session > a.session ? b : a));
    let last: Batch = { session: session.session, widget: null, upserts: [] };
    if (how.askPage) {
      const { answers } = await callChatAgent(rec.tabId, [rec.state.frameId], 'stop').catch(() => ({ answers: [] }));
      const answer = answers[0]?.result;
      if (answer) last = { session: session.session, widget: answer.widget, upserts: answer.upserts };
    }
    if (!item) {
      await dropRecording(db, rec.evidenceId);
      return null;
    }
    const stop: RecordingEnd = how.interrupted
      ? { stoppedAt: rec.savedAt ?? rec.startedAt, interrupted: true }
      : { stoppedAt: formatRfc3339(deps.now(), item.timeZone) };
    return applyAndSave(db, rec, item, session, last, { stop });
  });
}

/** Stops the tab's recording: the frame's last messages (if it still answers), then the final save. */
export async function stopRecordingInTab(
  deps: WorkerDeps,
  tabId: number,
  askPage = true,
): Promise<TranscriptEvidence | null> {
  const found = await recordingInTab(deps.db, tabId);
  if (!found) return null;
  const result = await endRecording(deps, found.evidenceId, { askPage });
  if (result)
    void timestampStoppedRecording(deps.db, result).catch(logFailure("Queueing the recording's timestamps", 'warn'));
  await refreshBadge(deps.db);
  broadcast('recording/changed', { tabId, evidenceId: found.evidenceId, recording: false });
  return result;
}

export async function stopRecording(deps: WorkerDeps, windowId?: number): Promise<TranscriptEvidence | null> {
  const tab = await activeTabOf(windowId);
  return tab?.id === undefined ? null : stopRecordingInTab(deps, tab.id);
}

/** After a navigation in a recorded tab: a new session in the frame that now shows the chat. */
async function followNavigation(db: ProofpackDb, tab: Tabs.Tab & { id: number }): Promise<void> {
  const found = await recordingInTab(db, tab.id);
  if (!found) return;
  const { frames } = await readChatFrames(tab.id).catch(() => ({ frames: [] }));
  const frameId = chooseFrameChat(frames)?.frameId ?? 0;
  const command = await exclusive(found.evidenceId, async () => {
    const rec = await getRecording(db, found.evidenceId);
    if (!rec) return null;
    const number = Math.max(...Object.values(rec.state.sessions).map((s) => s.session)) + 1;
    const session = newSession(inMemory.get(rec.evidenceId) ?? (await recordedMessages(db, rec.evidenceId)), number);
    await putRecording(db, {
      ...rec,
      state: { ...rec.state, frameId, sessions: { ...rec.state.sessions, [number]: session } },
    });
    return { evidenceId: rec.evidenceId, session: number };
  });
  if (command) await commandRecorder(tab.id, frameId, command);
}

/** Top-level listeners (registered when the worker starts, so a stopped worker is woken by them). */
export function registerRecordingListeners(deps: WorkerDeps): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete')
      void followNavigation(deps.db, { ...tab, id: tabId }).catch(logFailure('Following a recorded tab'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    // The closing page's last batch (sent on pagehide) may still be on its way: let it land first.
    setTimeout(
      () => void stopRecordingInTab(deps, tabId, false).catch(logFailure('Ending the recording of a closed tab')),
      500,
    );
  });
}
