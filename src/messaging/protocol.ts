// The one message map shared by popup, side panel, service worker and content script.
// Callers use request()/broadcast helpers, never string literals of their own.
import type { Evidence, SelectionEvidence, TranscriptEvidence } from '../domain/evidence';
import type { UnassignedLine } from '../domain/transcript';
import type { Restriction } from '../domain/restricted';
import type { RedactionSpan } from '../domain/redaction/detect';
import type { RedactionBox } from '../domain/redaction/derive';
import type { CaseWithCount } from '../domain/case';
import type { CaseFacts, CaseFrameChoice, ContactLogEntry, ExhibitSettings, TranscriptLike } from '../domain/complaint';
import type { Locale } from '../domain/language';
import type { PortalEdit } from '../domain/filings/portalEdit';
import type { CaseLetter, SavedLetter } from '../domain/letter';
import type { AgentReply, MessageBatch } from './chatAgent';
import type { PanelIntent } from '../domain/panelIntent';
import type { TimestampSettings } from '../domain/timestamp/authorities';
import type { TimestampSubject } from '../domain/timestamp/queue';

/** What the evidence list shows of a token: "timestamped by … at …". */
export interface TimestampSummary {
  evidenceId: string;
  subject: TimestampSubject;
  sha256: string;
  authority: string;
  genTime: string;
}

/** Where one item's trusted timestamp stands, for the popup's capture result. */
export type TimestampStatus =
  | { state: 'off' }
  | { state: 'stamped'; authority: string; genTime: string }
  /** Queued; `unreachable` when the authority did not answer the last tries (retried automatically). */
  | { state: 'waiting'; authority: string; unreachable: boolean };

/** The manifest's token, for the exporting page (the reply base64, since messages carry JSON). */
export interface ManifestToken {
  replyBase64: string;
  chainPem: string;
  genTime: string;
  authority: string;
}

/** Everything the user typed about a case, for the side panel's workspace. */
export interface WorkspaceSnapshot {
  facts: CaseFacts;
  exhibits: ExhibitSettings;
  contacts: ContactLogEntry[];
  letter: SavedLetter | null;
}

/** The panel's own preferences (language, theme) and capture settings. */
export interface PanelPreferences {
  uiLanguage: '' | Locale;
  theme: 'auto' | 'light' | 'dark';
  /** Keep the page itself (MHTML or a DOM snapshot) with each screenshot. */
  savePageArchive: boolean;
  /** *Capture chat* takes a screenshot beside the transcript (on by default). */
  chatScreenshot: boolean;
}

export interface CaptureOutcome {
  evidence: Evidence;
  /** `data:` URL of the thumbnail, for the popup's confirmation. */
  thumbnail: string | null;
  itemCount: number;
}

export interface RequestMap {
  'case/current': { request: Record<string, never>; response: CaseWithCount };
  'case/list': { request: Record<string, never>; response: CaseWithCount[] };
  /** `frame`: the country, currency and letter language the user confirmed (stored in the case's facts). */
  'case/create': {
    request: { title: string; provider: string; providerSite: string; frame?: CaseFrameChoice };
    response: CaseWithCount;
  };
  'case/switch': { request: { caseId: string }; response: CaseWithCount };
  /** Captures the active tab of `windowId` (the popup's window) or of the last focused window. */
  'capture/screenshot': { request: { windowId?: number }; response: CaptureOutcome };
  /** Scrolls and stitches the whole page; `jobId` names it for progress events and Cancel. */
  'capture/full-page': { request: { windowId?: number; jobId: string }; response: CaptureOutcome };
  'capture/cancel': { request: { jobId: string }; response: null };
  'evidence/list': { request: { caseId: string; offset?: number; limit?: number }; response: Evidence[] };
  'evidence/thumbnail': { request: { evidenceId: string }; response: string | null };
  'evidence/original': { request: { evidenceId: string }; response: string | null };
  /** A further stored file of an item (page archive, tile, log) as a `data:` URL. */
  'evidence/attachment': { request: { attachmentId: string }; response: string | null };
  /** The text a redacted copy of a transcript or selection is made from, with suggested spans. */
  'redact/text': { request: { evidenceId: string }; response: { text: string; suggestions: RedactionSpan[] } };
  /** Makes a redacted copy (boxes for a screenshot, accepted spans for text); the source is unchanged. */
  'redact/create': {
    request: { evidenceId: string; boxes?: RedactionBox[]; spans?: RedactionSpan[] };
    response: { evidence: Evidence; itemCount: number };
  };
  'evidence/caption': { request: { evidenceId: string; caption: string }; response: null };
  'evidence/delete': { request: { evidenceId: string }; response: null };
  // Chat transcripts and selections (issue 3).
  'chat/capture': { request: { windowId?: number }; response: ChatCaptureOutcome };
  'recording/start': { request: { windowId?: number }; response: RecordingStart };
  'recording/stop': { request: { windowId?: number }; response: TranscriptEvidence | null };
  'recording/status': { request: { windowId?: number }; response: RecordingStatus | null };
  'selection/save': { request: { windowId?: number }; response: SelectionOutcome };
  /** Lets the user click the chat on the page; the result comes later as the 'chat/pick-result' event. */
  'chat/pick': { request: { windowId?: number }; response: { pick: string } };
  /** From the picker: the user chose a region in this frame, or cancelled. */
  'chat/picked': { request: { pick: string; chosen: boolean }; response: null };
  /** From the content script: one frame's answer to a call of its chat agent (see chatAgent.ts). */
  'chat/agent-reply': { request: AgentReply; response: null };
  /** From the content script: new and changed messages of a recording. */
  'recording/batch': { request: { evidenceId: string; session: number } & MessageBatch; response: null };
  // Case workspace (side panel)
  'case/rename': {
    request: { caseId: string; title: string; provider: string; frame?: CaseFrameChoice };
    response: CaseWithCount;
  };
  'case/delete': { request: { caseId: string }; response: null };
  'workspace/get': { request: { caseId: string }; response: WorkspaceSnapshot };
  'workspace/facts': { request: { caseId: string; facts: CaseFacts }; response: null };
  'workspace/exhibits': { request: { caseId: string; exhibits: ExhibitSettings }; response: null };
  'contact/put': { request: { caseId: string; entry: ContactLogEntry }; response: null };
  'contact/delete': { request: { caseId: string; contactId: string }; response: null };
  /** The case's letter exactly as loadCaseLetter makes it (what the bundle exports). */
  'letter/current': { request: { caseId: string; timeZone: string }; response: CaseLetter | null };
  'letter/save': { request: { caseId: string; letter: SavedLetter }; response: null };
  /** The user's edits to the case's portal copy blocks; an edit with neither text nor limit goes back to the draft. */
  'filings/edits': { request: { caseId: string }; response: PortalEdit[] };
  'filings/edit': { request: { caseId: string; edit: PortalEdit }; response: null };
  /** A captured transcript's JSON, parsed, for linking it to a contact. */
  'evidence/transcript': { request: { evidenceId: string }; response: TranscriptLike | null };
  'panel/preferences': { request: Partial<PanelPreferences>; response: PanelPreferences };
  /** Trusted timestamps (issue 15): read with an empty request, change with the fields to change. */
  'timestamps/settings': { request: Partial<TimestampSettings>; response: TimestampSettings };
  'timestamps/list': { request: { caseId: string }; response: TimestampSummary[] };
  'timestamps/status': { request: { evidenceId: string }; response: TimestampStatus };
  /** Timestamps a bundle's manifest at export; null when timestamps are off or the authority did not answer. */
  'timestamps/manifest': { request: { sha256: string }; response: ManifestToken | null };
  /** Where a reminder asked the panel to open; read once. */
  'panel/intent': { request: Record<string, never>; response: PanelIntent | null };
}

/** Requests a content script (inside a provider's page) may make; everything else is for extension pages. */
export const CONTENT_SCRIPT_REQUESTS = ['chat/agent-reply', 'recording/batch', 'chat/picked'] as const;
export type ContentRequestType = (typeof CONTENT_SCRIPT_REQUESTS)[number];

/** The screenshot *Capture chat* takes beside the transcript: saved, turned off, or failed (and why). */
export type CompanionShot =
  | { saved: true }
  | { saved: false; off: true }
  | { saved: false; off: false; error: ErrorCode };

export type ChatCaptureOutcome =
  /** `unassigned`: the chat's text that is in no message (then `evidence.partial` is set too). */
  /** `screenshot`: the companion screenshot taken with it, or why there is none (`failed`: the reason said). */
  | {
      found: true;
      evidence: TranscriptEvidence;
      itemCount: number;
      unassigned: UnassignedLine[];
      screenshot: CompanionShot;
    }
  /** `partial`: some frame did not answer, so a chat there may have been missed. */
  | { found: false; partial: boolean };

/** How a *Pick the chat area* ended: saved like *Capture chat*, nothing readable there, cancelled, or failed. */
export type PickOutcome =
  | { pick: string; kind: 'saved'; outcome: Extract<ChatCaptureOutcome, { found: true }> }
  | { pick: string; kind: 'empty' | 'cancelled' }
  | { pick: string; kind: 'failed'; error: ErrorCode };

export type SelectionOutcome = { saved: true; evidence: SelectionEvidence; itemCount: number } | { saved: false };

export interface RecordingStatus {
  evidenceId: string;
  tabId: number;
  startedAt: string;
  widget: string;
  messageCount: number;
}

export type RecordingStart = { started: true; status: RecordingStatus } | { started: false; partial: boolean };

export type RequestType = keyof RequestMap;
export type RequestOf<T extends RequestType> = RequestMap[T]['request'];
export type ResponseOf<T extends RequestType> = RequestMap[T]['response'];

/** Errors the UI explains in the user's language; anything else shows its message. */
export type ErrorCode =
  | Restriction
  | 'no-access'
  | 'quota'
  | 'capture-failed'
  | 'cancelled'
  | 'not-found'
  | 'forbidden'
  | 'unknown';

export interface Envelope<T extends RequestType = RequestType> {
  channel: 'proofpack';
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends RequestType = RequestType> =
  | { ok: true; value: ResponseOf<T> }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** Events the service worker broadcasts to open extension pages. */
export interface EventMap {
  'evidence/changed': { caseId: string };
  'case/changed': { caseId: string };
  /** A recording started or stopped (the popup and side panel show it live). */
  'recording/changed': { tabId: number; evidenceId: string; recording: boolean };
  'workspace/changed': { caseId: string };
  /** A try at the authority failed (a stored token is told as 'evidence/changed'). */
  'timestamps/changed': { caseId: string };
  /** A full-page capture took `done` of `total` tiles (then stitches and stores). */
  'capture/progress': { jobId: string; done: number; total: number };
  'panel/intent': PanelIntent;
  'chat/pick-result': PickOutcome;
}

export interface EventEnvelope<E extends keyof EventMap = keyof EventMap> {
  channel: 'proofpack-event';
  event: E;
  payload: EventMap[E];
}

export class ProofpackError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ProofpackError';
  }
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).channel === 'proofpack' &&
    typeof (message as Envelope).type === 'string'
  );
}

export function isEventEnvelope(message: unknown): message is EventEnvelope {
  return typeof message === 'object' && message !== null && (message as EventEnvelope).channel === 'proofpack-event';
}
