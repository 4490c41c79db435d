// A support-chat transcript as stored in evidence/E..-chat.json (docs/bundle-format.md): what the user saw,
// message by message, with when Proofpack saw it. Pure: no DOM, so it is shared by every layer.

import type { RecordingLog } from './recordingLog.mjs';

export type ChatRole = 'agent' | 'customer' | 'system' | 'unknown';

/** Set only on messages the widget changed in place after Proofpack first saw them. */
export interface MessageEdit {
  /** 1 for the first text seen; 2, 3… for later texts of the same message shown in place. */
  version: number;
  /** When Proofpack saw this text replaced by the next version (RFC 3339). */
  replacedAt?: string;
  /** When Proofpack saw the message deleted: removed from the middle of the chat or replaced by a deletion notice. */
  deletedAt?: string;
}

export interface ChatMessage {
  /** Recordings only: the message's id in the recording log (domain/recordingLog.mjs). */
  id?: string;
  role: ChatRole;
  /** As displayed; empty when the widget shows no name. */
  author: string;
  /** Plain text exactly as displayed: emoji, CJK and line breaks kept, never markup. */
  text: string;
  /** The time as the widget displays it (`09:14`, `上午 9:14`), if it shows one. */
  time?: string;
  /** When Proofpack first saw the message (RFC 3339 with offset). */
  observedAt: string;
  edit?: MessageEdit;
}

/**
 * Readable text of the chat that the reader could place in no message and could not tell apart as
 * metadata (author, time, date, receipt) or a control: its presence means the capture may be incomplete.
 */
export interface UnassignedLine {
  text: string;
  /** Index in `messages` of the message shown just before this text; -1 when it comes before them all. */
  after: number;
}

export interface Transcript {
  url: string;
  title: string;
  frameUrl: string;
  /** The adapter that recognised the chat (`intercom`, …) or `generic`. */
  widget: string;
  capturedAt: string;
  /** `stoppedAt` is absent while the recording still runs (each incremental save). */
  recording?: RecordingPeriod;
  messages: ChatMessage[];
  /** Present (non-empty) only when some of the chat's text is in no message: the capture may be incomplete. */
  unassigned?: UnassignedLine[];
  /** Recordings only: which messages each save wrote, hash-chained (docs/bundle-format.md). */
  log?: RecordingLog;
}

/**
 * When a recording ran. `stoppedAt` is absent while it runs; `interrupted` says it did not end by the user's
 * Stop (the browser was closed or crashed): `stoppedAt` is then the time of its last save.
 */
export interface RecordingPeriod {
  startedAt: string;
  stoppedAt?: string;
  interrupted?: true;
}

/** A copy holding only the known fields, in the stored key order. */
export function recordingPeriod(r: RecordingPeriod): RecordingPeriod {
  return {
    startedAt: r.startedAt,
    ...(r.stoppedAt ? { stoppedAt: r.stoppedAt } : {}),
    ...(r.interrupted ? { interrupted: true as const } : {}),
  };
}

/** A message while a recording runs: `id` is stable for the recording, `order` sorts the chat. */
export interface RecordedMessage extends ChatMessage {
  id: string;
  order: number;
}

/** What identifies a message's content when the widget gives no id. */
export function messageSignature(m: Pick<ChatMessage, 'role' | 'author' | 'time' | 'text'>): string {
  return `${m.role}\u0001${m.author}\u0001${m.time ?? ''}\u0001${m.text}`;
}

/** Applies a recorder batch to the stored messages: upsert by id, then sort by order. */
export function applyRecordedBatch(
  stored: readonly RecordedMessage[],
  upserts: readonly RecordedMessage[],
): RecordedMessage[] {
  const byId = new Map(stored.map((m) => [m.id, m]));
  for (const m of upserts) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.order - b.order);
}

/** Strips recording bookkeeping, for the transcript JSON. */
export function toChatMessage({ id: _id, order: _order, ...message }: RecordedMessage): ChatMessage {
  return message;
}

function editNote(edit: MessageEdit | undefined): string {
  if (!edit) return '';
  const notes = [
    edit.version > 1 ? `edited, version ${edit.version}` : '',
    edit.replacedAt ? `replaced ${edit.replacedAt}` : '',
    edit.deletedAt ? `deleted ${edit.deletedAt}` : '',
  ];
  return ` (${notes.filter(Boolean).join('; ')})`;
}

/** The transcript as plain text: a header, then one block per message, continuation lines indented. */
export function renderTranscriptText(t: Transcript): string {
  const header = [
    t.title,
    t.url,
    t.frameUrl !== t.url ? `Frame: ${t.frameUrl}` : '',
    `Widget: ${t.widget}`,
    `Captured: ${t.capturedAt}`,
  ];
  if (t.recording) {
    const end = t.recording.stoppedAt ?? '(recording)';
    header.push(`Recorded: ${t.recording.startedAt} – ${end}${t.recording.interrupted ? ' (interrupted)' : ''}`);
  }
  const blocks = t.messages.map((m) => {
    const who = [m.author, `(${m.role})`].filter(Boolean).join(' ');
    const when = m.time ? `[${m.time}] ` : '';
    return `${when}${who}${editNote(m.edit)}:\n  ${m.text.replace(/\n/g, '\n  ')}`;
  });
  const loose = (t.unassigned ?? []).map((u) => `  [after message ${u.after + 1}] ${u.text}`);
  const gap = loose.length
    ? `\n\nText not assigned to any message (the capture may be incomplete):\n${loose.join('\n')}`
    : '';
  return `${header.filter(Boolean).join('\n')}\n\n${blocks.join('\n\n')}${gap}\n`;
}

/** The transcript JSON exactly as stored (docs/bundle-format.md key order), the bytes its SHA-256 is of. */
export function serializeTranscript(t: Transcript): string {
  const messages = t.messages.map((m) => ({
    ...(m.id !== undefined ? { id: m.id } : {}),
    role: m.role,
    author: m.author,
    text: m.text,
    ...(m.time !== undefined ? { time: m.time } : {}),
    observedAt: m.observedAt,
    ...(m.edit ? { edit: m.edit } : {}),
  }));
  const recording = t.recording ? recordingPeriod(t.recording) : undefined;
  const record = {
    url: t.url,
    title: t.title,
    frameUrl: t.frameUrl,
    widget: t.widget,
    capturedAt: t.capturedAt,
    ...(recording ? { recording } : {}),
    messages,
    ...(t.unassigned?.length ? { unassigned: t.unassigned.map((u) => ({ text: u.text, after: u.after })) } : {}),
    ...(t.log ? { log: t.log } : {}),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

const ROLES: readonly string[] = ['agent', 'customer', 'system', 'unknown'] satisfies ChatRole[];
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isRole = (v: unknown): v is ChatRole => typeof v === 'string' && ROLES.includes(v);

function parseEdit(v: unknown): MessageEdit | undefined {
  if (!isRecord(v) || typeof v.version !== 'number') return undefined;
  return {
    version: v.version,
    ...(typeof v.replacedAt === 'string' ? { replacedAt: v.replacedAt } : {}),
    ...(typeof v.deletedAt === 'string' ? { deletedAt: v.deletedAt } : {}),
  };
}

function parseMessage(v: unknown): ChatMessage {
  const m = isRecord(v) ? v : {};
  const edit = parseEdit(m.edit);
  return {
    ...(typeof m.id === 'string' ? { id: m.id } : {}),
    role: isRole(m.role) ? m.role : 'unknown',
    author: text(m.author),
    text: text(m.text),
    ...(typeof m.time === 'string' ? { time: m.time } : {}),
    observedAt: text(m.observedAt),
    ...(edit ? { edit } : {}),
  };
}

function parseUnassigned(v: unknown): Pick<Transcript, 'unassigned'> {
  if (!Array.isArray(v) || !v.length) return {};
  const lines = v.map((u) => (isRecord(u) ? u : {}));
  return {
    unassigned: lines.map((u) => ({ text: text(u.text), after: typeof u.after === 'number' ? u.after : -1 })),
  };
}

/**
 * The transcript in `json` (a chat.json original, as `serializeTranscript` writes it); null when it is
 * not JSON or has no message list. Fields of the wrong type read as empty, unknown roles as `unknown`.
 */
export function parseTranscript(json: string): Transcript | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value) || !Array.isArray(value.messages)) return null;
  const r = value.recording;
  const recording =
    isRecord(r) && typeof r.startedAt === 'string'
      ? {
          startedAt: r.startedAt,
          ...(typeof r.stoppedAt === 'string' ? { stoppedAt: r.stoppedAt } : {}),
          ...(r.interrupted === true ? { interrupted: true as const } : {}),
        }
      : undefined;
  return {
    url: text(value.url),
    title: text(value.title),
    frameUrl: text(value.frameUrl),
    widget: text(value.widget),
    capturedAt: text(value.capturedAt),
    ...(recording ? { recording } : {}),
    messages: value.messages.map(parseMessage),
    ...parseUnassigned(value.unassigned),
    // The log is checked as found (domain/recordingLog.mjs verifyLog), never repaired here.
    ...(isRecord(value.log) && Array.isArray(value.log.entries) ? { log: value.log as unknown as RecordingLog } : {}),
  };
}

// Recordings spanning several page loads. Each injection of the content script is a session whose
// recorder numbers its messages afresh: ids are prefixed with the session, and a new session's
// messages that an earlier page already showed (same role, author, time and text; k-th occurrence
// matches k-th) update the stored message instead of being added twice. New messages of a later
// page sort after earlier pages'.

export interface SessionState {
  session: number;
  /** Added to this session's orders so its messages follow every earlier page's. */
  base: number;
  /** This session's message ids (prefixed) → the stored message they matched. */
  aliases: Record<string, string>;
}

/** Orders of one session fit well inside this gap (history loaded above goes below 0). */
const SESSION_GAP = 1_000_000;

export function newSession(stored: readonly RecordedMessage[], session: number): SessionState {
  const top = stored.reduce((max, m) => Math.max(max, m.order), 0);
  return { session, base: stored.length ? top + SESSION_GAP : 0, aliases: {} };
}

const sessionOf = (id: string): number => Number(id.slice(0, id.indexOf('/')));

/**
 * Applies one batch; returns the stored messages (sorted by order), the changed ones to write,
 * and the updated session state.
 */
export function applySessionBatch(
  stored: readonly RecordedMessage[],
  upserts: readonly RecordedMessage[],
  state: SessionState,
): { messages: RecordedMessage[]; written: RecordedMessage[]; state: SessionState } {
  const byId = new Map(stored.map((m) => [m.id, m]));
  const aliases = { ...state.aliases };
  const claimed = new Set(Object.values(aliases));
  let earlier: Map<string, RecordedMessage[]> | null = null;
  const written: RecordedMessage[] = [];
  for (const m of upserts) {
    const id = `${state.session}/${m.id}`;
    let target = aliases[id] ?? (byId.has(id) ? id : undefined);
    if (target === undefined && state.session > 0) {
      earlier ??= earlierBySignature(stored, state.session);
      const match = earlier.get(messageSignature(m))?.find((e) => !claimed.has(e.id));
      if (match) {
        target = match.id;
        aliases[id] = match.id;
        claimed.add(match.id);
      }
    }
    const previous = target === undefined ? undefined : byId.get(target);
    const next: RecordedMessage = previous
      ? { ...m, id: previous.id, order: previous.order, observedAt: previous.observedAt }
      : { ...m, id, order: state.base + m.order };
    byId.set(next.id, next);
    written.push(next);
  }
  const messages = [...byId.values()].sort((a, b) => a.order - b.order);
  return { messages, written, state: { ...state, aliases } };
}

function earlierBySignature(stored: readonly RecordedMessage[], session: number): Map<string, RecordedMessage[]> {
  const out = new Map<string, RecordedMessage[]>();
  for (const m of stored) {
    if (sessionOf(m.id) === session) continue;
    const sig = messageSignature(m);
    const list = out.get(sig) ?? [];
    list.push(m);
    out.set(sig, list);
  }
  return out;
}

/** How the UI names the widget a transcript came from (`generic` is named by the UI's own words). */
export const WIDGET_NAMES: Readonly<Record<string, string>> = {
  intercom: 'Intercom',
  'zendesk-classic': 'Zendesk Chat',
  'zendesk-messaging': 'Zendesk Messaging',
  livechat: 'LiveChat',
  salesforce: 'Salesforce Chat',
  tawk: 'tawk.to',
  crisp: 'Crisp',
  genesys: 'Genesys',
  webchat: 'Microsoft Bot Web Chat',
  freshchat: 'Freshchat',
  drift: 'Drift',
  hubspot: 'HubSpot',
  qiyu: '网易七鱼',
  meiqia: '美洽',
  sobot: '智齿',
  udesk: 'Udesk',
};
