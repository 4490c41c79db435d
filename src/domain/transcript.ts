// A support-chat transcript as stored in evidence/E..-chat.json (DESIGN.md): what the user saw,
// message by message, with when Proofpack saw it. Pure: no DOM, so it is shared by every layer.

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

export interface Transcript {
  url: string;
  title: string;
  frameUrl: string;
  /** The adapter that recognised the chat (`intercom`, …) or `generic`. */
  widget: string;
  capturedAt: string;
  recording?: { startedAt: string; stoppedAt: string };
  messages: ChatMessage[];
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

/**
 * Appends the messages of `incoming` that `existing` lacks, e.g. after a recording re-injected on
 * navigation sees the chat again. The k-th occurrence of a signature in `incoming` matches the k-th
 * in `existing`, so a message legitimately repeated ("ok", "ok") is kept twice.
 */
export function mergeMessages<T extends ChatMessage>(existing: readonly T[], incoming: readonly T[]): T[] {
  const seen = new Map<string, number>();
  for (const m of existing) seen.set(messageSignature(m), (seen.get(messageSignature(m)) ?? 0) + 1);
  const merged = [...existing];
  for (const m of incoming) {
    const sig = messageSignature(m);
    const left = seen.get(sig) ?? 0;
    if (left > 0) seen.set(sig, left - 1);
    else merged.push(m);
  }
  return merged;
}

/** Applies a recorder batch to the stored messages: upsert by id, then sort by order. */
export function applyRecordedBatch(stored: readonly RecordedMessage[], upserts: readonly RecordedMessage[]): RecordedMessage[] {
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
  const notes = [edit.version > 1 ? `edited, version ${edit.version}` : '', edit.replacedAt ? `replaced ${edit.replacedAt}` : '', edit.deletedAt ? `deleted ${edit.deletedAt}` : ''];
  return ` (${notes.filter(Boolean).join('; ')})`;
}

/** The transcript as plain text: a header, then one block per message, continuation lines indented. */
export function renderTranscriptText(t: Transcript): string {
  const header = [t.title, t.url, t.frameUrl !== t.url ? `Frame: ${t.frameUrl}` : '', `Widget: ${t.widget}`, `Captured: ${t.capturedAt}`];
  if (t.recording) header.push(`Recorded: ${t.recording.startedAt} – ${t.recording.stoppedAt}`);
  const blocks = t.messages.map((m) => {
    const who = [m.author, `(${m.role})`].filter(Boolean).join(' ');
    const when = m.time ? `[${m.time}] ` : '';
    return `${when}${who}${editNote(m.edit)}:\n  ${m.text.replace(/\n/g, '\n  ')}`;
  });
  return `${header.filter(Boolean).join('\n')}\n\n${blocks.join('\n\n')}\n`;
}
