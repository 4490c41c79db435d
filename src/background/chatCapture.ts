// "Capture chat": read every frame's chat, keep the best one, store it as one transcript item.
import type { Tabs } from 'webextension-polyfill';
import { chooseFrameChat } from '../capture/chat/frames';
import type { CapturedEvidence, TranscriptEvidence } from '../domain/evidence';
import { fileDigests } from '../domain/hash';
import { formatRfc3339 } from '../domain/time';
import { type ChatMessage, serializeTranscript, type Transcript } from '../domain/transcript';
import type { ChatCaptureOutcome } from '../messaging/protocol';
import { currentCaseId } from '../storage/cases';
import { addCapture } from '../storage/evidence';
import { evidenceAdded } from './afterCapture';
import type { WorkerDeps } from './deps';
import { activeTabOf, ensureCapturable } from './captureFlow';
import { readChatFrames } from './chatFrames';

/** The record and JSON bytes of a transcript; `base` supplies the id, case and recording fields. */
export async function transcriptCapture(
  base: Pick<TranscriptEvidence, 'id' | 'caseId' | 'capturedAt' | 'capturedAtMs' | 'timeZone' | 'caption'> &
    Partial<Pick<TranscriptEvidence, 'recording' | 'partial'>>,
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

export async function captureChat(deps: WorkerDeps, windowId?: number): Promise<ChatCaptureOutcome> {
  const { db } = deps;
  const tab = await ensureCapturable(await activeTabOf(windowId));
  const caseId = await currentCaseId(db);
  const { frames, complete } = await readChatFrames(tab.id);
  const best = chooseFrameChat(frames);
  if (!best) return { found: false, partial: !complete };
  const now = deps.now();
  const timeZone = deps.timeZone();
  const capturedAt = formatRfc3339(now, timeZone);
  const unassigned = best.unassigned ?? [];
  const partial = !complete || best.partial || unassigned.length > 0;
  const capture = await transcriptCapture(
    {
      id: crypto.randomUUID(),
      caseId,
      capturedAt,
      capturedAtMs: now.getTime(),
      timeZone,
      caption: '',
      ...(partial ? { partial: true } : {}),
    },
    {
      ...newTranscript(tab, best.frameUrl, best.widget, capturedAt, best.messages),
      ...(unassigned.length ? { unassigned } : {}),
    },
  );
  const evidence = (await addCapture(db, capture)) as TranscriptEvidence;
  return { found: true, evidence, itemCount: await evidenceAdded(db, caseId), unassigned };
}
