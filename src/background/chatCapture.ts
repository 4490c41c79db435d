// "Capture chat": read every frame's chat, keep the best one, store it as one transcript item.
import type { Tabs } from 'webextension-polyfill';
import { chooseFrameChat } from '../capture/chat/frames';
import type { CapturedEvidence, ScreenshotEvidence, TranscriptEvidence } from '../domain/evidence';
import { fileDigests } from '../domain/hash';
import { formatRfc3339 } from '../domain/time';
import { type ChatMessage, serializeTranscript, type Transcript } from '../domain/transcript';
import type { ChatCaptureOutcome, CompanionShot } from '../messaging/protocol';
import { errorCodeOf } from '../messaging/server';
import type { ProofpackDb } from '../storage/db';
import { readSetting } from '../storage/settings';
import { currentCaseId } from '../storage/cases';
import { addCapture } from '../storage/evidence';
import { evidenceAdded } from './afterCapture';
import type { WorkerDeps } from './deps';
import { activeTabOf, type CapturableTab, ensureCapturable, storeScreenshot, takeScreenshot } from './captureFlow';
import { log } from './log';
import { type FrameChats, readChatFrames } from './chatFrames';

/** The record and JSON bytes of a transcript; `base` supplies the id, case and recording fields. */
export async function transcriptCapture(
  base: Pick<TranscriptEvidence, 'id' | 'caseId' | 'capturedAt' | 'capturedAtMs' | 'timeZone' | 'caption'> &
    Partial<Pick<TranscriptEvidence, 'recording' | 'partial' | 'companion'>>,
  transcript: Transcript,
): Promise<CapturedEvidence<TranscriptEvidence>> {
  const bytes = new TextEncoder().encode(serializeTranscript(transcript));
  const evidence: TranscriptEvidence = {
    ...base,
    kind: 'transcript',
    url: transcript.url,
    title: transcript.title,
    userAgent: navigator.userAgent,
    widget: transcript.widget,
    frameUrl: transcript.frameUrl,
    messageCount: transcript.messages.length,
    file: { mediaType: 'application/json', ...(await fileDigests(bytes)) },
  };
  return { evidence, original: new Blob([bytes], { type: 'application/json' }) };
}

export function newTranscript(
  tab: Pick<Tabs.Tab, 'url' | 'title'>,
  frameUrl: string,
  widget: string,
  capturedAt: string,
  messages: ChatMessage[],
): Transcript {
  return {
    url: tab.url ?? '',
    title: tab.title ?? '',
    frameUrl: frameUrl || (tab.url ?? ''),
    widget,
    capturedAt,
    messages,
  };
}

export type Shot = { capture: CapturedEvidence<ScreenshotEvidence> } | { error: unknown } | null;

/** Stores the screenshot taken beside a transcript (linked to it); a failure is said, never thrown. */
export async function storeCompanion(db: ProofpackDb, shot: Shot, transcriptId: string): Promise<CompanionShot> {
  if (!shot) return { saved: false, off: true };
  try {
    if ('error' in shot) throw shot.error;
    await storeScreenshot(db, { ...shot.capture, evidence: { ...shot.capture.evidence, companion: transcriptId } });
    return { saved: true };
  } catch (error) {
    log.warn('The screenshot beside a chat capture failed (the transcript is saved):', error);
    return { saved: false, off: false, error: errorCodeOf(error) };
  }
}

export async function captureChat(deps: WorkerDeps, windowId?: number): Promise<ChatCaptureOutcome> {
  const tab = await ensureCapturable(await activeTabOf(windowId));
  return saveChat(deps, tab, () => readChatFrames(tab.id));
}

/** Reads the chat with `read` while the tab's screenshot is taken, and stores both (the best frame's chat). */
export async function saveChat(
  deps: WorkerDeps,
  tab: CapturableTab,
  read: () => Promise<FrameChats>,
): Promise<ChatCaptureOutcome> {
  const { db } = deps;
  const caseId = await currentCaseId(db);
  // The screenshot is taken while the chat is read: the page as it looked when its text was taken.
  const shooting: Promise<Shot> = (await readSetting(db, 'chatScreenshot'))
    ? takeScreenshot(deps, tab, caseId).then(
        (capture) => ({ capture }),
        (error: unknown) => ({ error }),
      )
    : Promise.resolve(null);
  const { frames, complete } = await read();
  const best = chooseFrameChat(frames);
  const shot = await shooting;
  if (!best) return { found: false, partial: !complete };
  const now = deps.now();
  const timeZone = deps.timeZone();
  const capturedAt = formatRfc3339(now, timeZone);
  const unassigned = best.unassigned ?? [];
  const partial = !complete || best.partial || unassigned.length > 0;
  const id = crypto.randomUUID();
  // The screenshot first, so the transcript names it only once it is stored.
  const screenshot = await storeCompanion(db, shot, id);
  const companion = screenshot.saved && shot && 'capture' in shot ? { companion: shot.capture.evidence.id } : {};
  const capture = await transcriptCapture(
    {
      id,
      caseId,
      capturedAt,
      capturedAtMs: now.getTime(),
      timeZone,
      caption: '',
      ...(partial ? { partial: true } : {}),
      ...companion,
    },
    {
      ...newTranscript(tab, best.frameUrl, best.widget, capturedAt, best.messages),
      ...(unassigned.length ? { unassigned } : {}),
    },
  );
  const evidence = (await addCapture(db, capture)) as TranscriptEvidence;
  return { found: true, evidence, itemCount: await evidenceAdded(db, caseId), unassigned, screenshot };
}
