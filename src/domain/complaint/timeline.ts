// One time-ordered list of everything in a case: the incident, every evidence item, every contact,
// and the deadlines the provider was given, with overdue ones flagged against `now`.

import type { ContactLogEntry } from './contacts';
import { addBusinessDays, addCalendarDays } from './duration';
import type { ExhibitSource } from './exhibits';
import { type CaseFacts, jurisdictionOf, replyDays } from './facts';
import { isValidTimeZone, parseInstant, zonedInstant } from '../zonedTime';

export type TimelineEventKind =
  | 'incident-start'
  | 'incident-end'
  | 'evidence'
  | 'contact'
  | 'promise-deadline'
  | 'reply-deadline';

export interface TimelineEvent {
  /** Stable across rebuilds, for list keys: `contact:c1`, `promise:c1`, `evidence:e7`. */
  key: string;
  kind: TimelineEventKind;
  atMs: number;
  /** The contact or evidence id the event comes from. */
  refId?: string;
  /** A deadline that has passed without the promise being kept. */
  overdue: boolean;
}

export interface TimelineInput {
  facts: CaseFacts;
  evidence: readonly ExhibitSource[];
  contacts: readonly ContactLogEntry[];
  now: number;
  /** Zone for wall-clock times without an offset; the incident's zone wins when set. */
  timeZone?: string;
}

const KIND_ORDER: Record<TimelineEventKind, number> = {
  'incident-start': 0,
  evidence: 1,
  contact: 2,
  'promise-deadline': 3,
  'reply-deadline': 4,
  'incident-end': 5,
};

export function caseTimeZone(facts: CaseFacts, fallback?: string): string {
  if (isValidTimeZone(facts.incident?.timeZone)) return facts.incident.timeZone;
  return isValidTimeZone(fallback) ? fallback : 'UTC';
}

/** A deadline given as a bare date means the end of that day in the case's zone. */
export function parseDeadline(value: string | undefined, timeZone: string): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const next = addCalendarDays(v, 1);
    const startOfNext = next ? zonedInstant(next, timeZone) : null;
    return startOfNext === null ? null : startOfNext - 1;
  }
  return parseInstant(v, timeZone);
}

/** When the written reply to the first letter is due: working days in China, calendar days elsewhere. */
export function replyDeadlineMs(facts: CaseFacts, timeZone: string): number | null {
  if (!facts.firstLetterDate) return null;
  const jurisdiction = jurisdictionOf(facts);
  const days = replyDays(facts, jurisdiction);
  const due =
    jurisdiction === 'CN' ? addBusinessDays(facts.firstLetterDate, days) : addCalendarDays(facts.firstLetterDate, days);
  return due ? parseDeadline(due, timeZone) : null;
}

export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  const zone = caseTimeZone(input.facts, input.timeZone);
  const events: TimelineEvent[] = [];
  const start = parseInstant(input.facts.incident?.start, zone);
  if (start !== null) events.push({ key: 'incident:start', kind: 'incident-start', atMs: start, overdue: false });
  const end = input.facts.incident?.ongoing ? null : parseInstant(input.facts.incident?.end, zone);
  if (end !== null && (start === null || end >= start))
    events.push({ key: 'incident:end', kind: 'incident-end', atMs: end, overdue: false });
  for (const item of input.evidence) {
    if (Number.isFinite(item.capturedAtMs))
      events.push({
        key: `evidence:${item.id}`,
        kind: 'evidence',
        atMs: item.capturedAtMs,
        refId: item.id,
        overdue: false,
      });
  }
  for (const contact of input.contacts) {
    const at = parseInstant(contact.at, zone);
    if (at !== null)
      events.push({ key: `contact:${contact.id}`, kind: 'contact', atMs: at, refId: contact.id, overdue: false });
    const due = parseDeadline(contact.promiseDeadline, zone);
    if (due !== null) {
      const overdue = due < input.now && !contact.promiseKept;
      events.push({ key: `promise:${contact.id}`, kind: 'promise-deadline', atMs: due, refId: contact.id, overdue });
    }
  }
  const reply = replyDeadlineMs(input.facts, zone);
  if (reply !== null)
    events.push({ key: 'reply:first-letter', kind: 'reply-deadline', atMs: reply, overdue: reply < input.now });
  // Array.prototype.sort is stable, so equal times keep kind order and then input order.
  return events.sort((a, b) => a.atMs - b.atMs || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** Promises past their deadline and not kept: what reminders and follow-up letters chase. */
export function overduePromises(
  contacts: readonly ContactLogEntry[],
  now: number,
  timeZone: string,
): ContactLogEntry[] {
  return contacts.filter((c) => {
    const due = parseDeadline(c.promiseDeadline, timeZone);
    return due !== null && due < now && !c.promiseKept;
  });
}

/** The next deadline still ahead of `now` (for scheduling a reminder), or null. */
export function nextDeadline(events: readonly TimelineEvent[], now: number): TimelineEvent | null {
  return events.find((e) => (e.kind === 'promise-deadline' || e.kind === 'reply-deadline') && e.atMs >= now) ?? null;
}
