// The contact log: every time the user dealt with the provider (or a regulator), with the ticket
// number and any promise, because a complaint is judged on who was told what and when.
import { chatShownStart } from '../chatTime';

export type ContactChannel = 'phone' | 'chat' | 'email' | 'app' | 'in-person' | 'social-media' | 'regulator';

export const CONTACT_CHANNELS: readonly ContactChannel[] = [
  'phone',
  'chat',
  'email',
  'app',
  'in-person',
  'social-media',
  'regulator',
];

export interface ContactLogEntry {
  id: string;
  /** RFC 3339 with offset, or a wall-clock `YYYY-MM-DDTHH:mm` read in the case's time zone. */
  at: string;
  channel: ContactChannel;
  /** Agent name or staff ID as given. */
  agent?: string;
  ticket?: string;
  summary?: string;
  /** What the provider promised, in the user's words. */
  promise?: string;
  /** When the promise falls due (same formats as `at`). */
  promiseDeadline?: string;
  /** Set once the promise has been kept, so it is no longer flagged overdue. */
  promiseKept?: boolean;
  /** Evidence items (e.g. a captured chat transcript) that record this contact. */
  evidenceIds?: string[];
}

const ZH_TICKET =
  /(?:工单|投诉单|受理单|服务单|报障单|申诉单|投诉|受理|服务请求|案件|业务)(?:编号|号码|单号|号)\s*(?:为|是)?\s*[:：#＃]?\s*([A-Za-z0-9][A-Za-z0-9_-]{3,39})/g;
const EN_TICKET = new RegExp(
  String.raw`\b(?:ticket|case|reference|ref|complaint|incident|request|service request|SR)` +
    String.raw`\s*(?:number|no\.?|num|id|#)?\s*(?:is\s+)?[:#]?\s*#?\s*([A-Za-z0-9][A-Za-z0-9_-]{3,39})`,
  'gi',
);
const PREFIXED_TICKET = /\b([A-Z]{1,6}-\d{4,}(?:-\d+)*)\b/g;

/** A ticket-like token needs digits, so words such as `case is closed` do not match. */
const looksLikeTicket = (token: string): boolean => (token.match(/\d/g)?.length ?? 0) >= 3;

/**
 * Ticket numbers in free text, in order of appearance and without repeats:
 * `TK-20261123-0042`, `工单号：2026112300042`, `ticket #12345`, `case number 00123456`.
 */
export function findTicketNumbers(text: string): string[] {
  const found: { index: number; ticket: string }[] = [];
  for (const re of [ZH_TICKET, EN_TICKET, PREFIXED_TICKET]) {
    for (const m of text.matchAll(re)) {
      const ticket = m[1]?.replace(/[-_]+$/, '');
      if (ticket && looksLikeTicket(ticket)) found.push({ index: (m.index ?? 0) + m[0].lastIndexOf(ticket), ticket });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.ticket))];
}

/** The shape of a captured chat transcript this module needs (see the bundle format). */
export interface TranscriptLike {
  capturedAt: string;
  recording?: { startedAt?: string };
  messages: { role: string; author?: string; text: string; time?: string }[];
}

/** A role word shown in place of a name ("Agent", "客服"): no one's name. */
const GENERIC_AGENT =
  /^(?:agent|support|bot|assistant|customer service|technical support|客服|人工客服|机器人|在线客服|智能客服|技术支持|售后)$/i;

/** A name or staff ID shown for an agent, not a role word ("Agent", 「客服」). */
export const isNamedAgent = (author: string | undefined): author is string =>
  Boolean(author?.trim()) && !GENERIC_AGENT.test(author?.trim() ?? '');

/** What a linked transcript tells us about a contact: time, channel, agent and ticket where known. */
export function contactFromTranscript(transcript: TranscriptLike): Omit<ContactLogEntry, 'id'> {
  const agent = transcript.messages.find((m) => m.role === 'agent' && isNamedAgent(m.author))?.author?.trim();
  const ticket = findTicketNumbers(transcript.messages.map((m) => m.text).join('\n'))[0];
  return {
    // The chat's own time as it displays it; the recording's start or the capture time only when it shows none.
    at:
      chatShownStart(transcript.messages, transcript.capturedAt) ??
      transcript.recording?.startedAt ??
      transcript.capturedAt,
    channel: 'chat',
    ...(agent ? { agent } : {}),
    ...(ticket ? { ticket } : {}),
  };
}

/** Contacts with the provider itself (not a regulator), the ones that start escalation clocks. */
export function providerContacts(contacts: readonly ContactLogEntry[]): ContactLogEntry[] {
  return contacts.filter((c) => c.channel !== 'regulator');
}
