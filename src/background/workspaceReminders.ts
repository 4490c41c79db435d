// Which reminders a set of cases needs: one per unkept promise deadline and per reply deadline.
// Pure, so the alarm plan is unit-tested in Node; reminders.ts turns it into alarms and notifications.
import {
  type CaseFacts,
  type ContactLogEntry,
  caseTimeZone,
  parseDeadline,
  replyDeadlineMs,
} from '../domain/complaint';

export const REMINDER_PREFIX = 'reminder|';

export interface ReminderDue {
  /** Also the alarm and notification name; the due time is part of it, so a moved deadline reminds again. */
  key: string;
  caseId: string;
  kind: 'promise' | 'reply';
  contactId?: string;
  dueMs: number;
}

export interface CaseReminderInput {
  caseId: string;
  facts: CaseFacts;
  contacts: readonly ContactLogEntry[];
}

export function dueReminders(cases: readonly CaseReminderInput[], fallbackZone: string): ReminderDue[] {
  const out: ReminderDue[] = [];
  for (const c of cases) {
    const zone = caseTimeZone(c.facts, fallbackZone);
    for (const contact of c.contacts) {
      if (contact.promiseKept) continue;
      const due = parseDeadline(contact.promiseDeadline, zone);
      if (due !== null)
        out.push({
          key: `${REMINDER_PREFIX}promise|${c.caseId}|${contact.id}|${due}`,
          caseId: c.caseId,
          kind: 'promise',
          contactId: contact.id,
          dueMs: due,
        });
    }
    const reply = replyDeadlineMs(c.facts, zone);
    if (reply !== null)
      out.push({ key: `${REMINDER_PREFIX}reply|${c.caseId}|${reply}`, caseId: c.caseId, kind: 'reply', dueMs: reply });
  }
  return out;
}

export interface ReminderPlan {
  /** Alarms to (re)create for deadlines still ahead. */
  alarms: { name: string; when: number }[];
  /** Deadlines passed and not yet announced: notify now. */
  notifyNow: ReminderDue[];
  /** The notified keys worth keeping (those of deadlines that still exist). */
  notified: string[];
}

export function planReminders(dues: readonly ReminderDue[], now: number, notified: readonly string[]): ReminderPlan {
  const seen = new Set(notified);
  const alive = new Set(dues.map((d) => d.key));
  return {
    alarms: dues.filter((d) => d.dueMs > now).map((d) => ({ name: d.key, when: d.dueMs })),
    notifyNow: dues.filter((d) => d.dueMs <= now && !seen.has(d.key)),
    notified: notified.filter((k) => alive.has(k)),
  };
}

/** The case a reminder (alarm or notification id) belongs to, or null for other names. */
export function reminderCaseId(name: string): string | null {
  if (!name.startsWith(REMINDER_PREFIX)) return null;
  return name.split('|')[2] ?? null;
}
