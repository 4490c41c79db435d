// What is missing or inconsistent in a case, as codes the UI localises and points at a field with.
// The letter drafts regardless: it leaves out whatever is flagged here.

import type { ContactLogEntry } from './contacts';
import {
  type CaseFacts,
  type DecimalSeparator,
  decimalSeparatorOf,
  jurisdictionOf,
  type NumberInput,
  parseDays,
  readAmount,
} from './facts';
import { parseDurationHours } from './durationText';
import { caseTimeZone, parseDeadline } from './timeline';
import { isValidTimeZone, parseInstant } from '../zonedTime';

export type FactIssueCode =
  | 'missing-provider'
  | 'missing-complainant-name'
  | 'missing-complainant-contact'
  | 'missing-account-number'
  | 'missing-problem-type'
  | 'missing-incident-start'
  | 'missing-incident-end'
  | 'invalid-date'
  | 'invalid-time-zone'
  | 'end-before-start'
  | 'start-in-future'
  | 'amount-not-a-number'
  | 'amount-other-decimal'
  | 'amount-negative'
  | 'refund-without-amount'
  | 'compensation-without-amount'
  | 'no-demands'
  | 'invalid-deadline-days'
  | 'contact-invalid-time'
  | 'promise-deadline-before-contact';

export type FactIssueSeverity = 'missing' | 'error';

export interface FactIssue {
  code: FactIssueCode;
  severity: FactIssueSeverity;
  /** Dotted path of the field, e.g. `incident.end`, `demands.refundAmount`, `contacts.c1.at`. */
  field: string;
}

function checkAmount(value: NumberInput | undefined, field: string, issues: FactIssue[], sep: DecimalSeparator): void {
  if (value === undefined || (typeof value === 'string' && !value.trim())) return;
  const r = readAmount(value, sep);
  // `29,99` in a point-decimal case (or `1,280.50` in a comma one) is refused with its own message, never misread.
  if (!r.ok)
    issues.push({
      code: r.reason === 'other-decimal' ? 'amount-other-decimal' : 'amount-not-a-number',
      severity: 'error',
      field,
    });
  else if (r.value < 0) issues.push({ code: 'amount-negative', severity: 'error', field });
}

const present = (v: NumberInput | undefined): boolean => v !== undefined && String(v).trim() !== '';

export function validateCase(
  facts: CaseFacts,
  contacts: readonly ContactLogEntry[] = [],
  now?: number,
  timeZone?: string,
): FactIssue[] {
  const issues: FactIssue[] = [];
  const add = (code: FactIssueCode, field: string, severity: FactIssueSeverity = 'missing'): void => {
    issues.push({ code, severity, field });
  };
  if (!facts.provider?.name?.trim()) add('missing-provider', 'provider.name');
  if (!facts.complainant?.name?.trim()) add('missing-complainant-name', 'complainant.name');
  if (!facts.complainant?.phone?.trim() && !facts.complainant?.email?.trim())
    add('missing-complainant-contact', 'complainant.phone');
  if (!facts.accountNumber?.trim() && !facts.orderNumber?.trim() && !facts.contractNumber?.trim())
    add('missing-account-number', 'accountNumber');
  if (!facts.problemType) add('missing-problem-type', 'problemType');

  const incident = facts.incident;
  if (incident?.timeZone && !isValidTimeZone(incident.timeZone)) add('invalid-time-zone', 'incident.timeZone', 'error');
  const zone = caseTimeZone(facts, timeZone);
  const start = parseInstant(incident?.start, zone);
  const end = incident?.ongoing ? null : parseInstant(incident?.end, zone);
  if (!incident?.start?.trim()) add('missing-incident-start', 'incident.start');
  else if (start === null) add('invalid-date', 'incident.start', 'error');
  if (!incident?.ongoing) {
    if (!incident?.end?.trim()) add('missing-incident-end', 'incident.end');
    else if (end === null) add('invalid-date', 'incident.end', 'error');
  }
  if (start !== null && end !== null && end < start) add('end-before-start', 'incident.end', 'error');
  if (start !== null && now !== undefined && start > now) add('start-in-future', 'incident.start', 'error');

  const sep = decimalSeparatorOf(facts, jurisdictionOf(facts));
  checkAmount(facts.impact?.moneyLost, 'impact.moneyLost', issues, sep);
  // Time lost may be typed as a duration ("2 days", 「90分钟」); a bare number is read as an amount of hours.
  const hours = facts.impact?.hoursLost;
  if (typeof hours !== 'string' || !/[^\d\s.,]/.test(hours) || parseDurationHours(hours) === null)
    checkAmount(hours, 'impact.hoursLost', issues, sep);
  checkAmount(facts.monthlyFee, 'monthlyFee', issues, sep);
  const d = facts.demands;
  checkAmount(d?.refundAmount, 'demands.refundAmount', issues, sep);
  checkAmount(d?.compensationAmount, 'demands.compensationAmount', issues, sep);
  if (d?.refundOutagePeriod && !present(d.refundAmount)) add('refund-without-amount', 'demands.refundAmount');
  if (d?.compensation && !present(d.compensationAmount))
    add('compensation-without-amount', 'demands.compensationAmount');
  const anyDemand =
    d &&
    (d.restoreService ||
      d.refundOutagePeriod ||
      d.compensation ||
      d.writtenExplanation ||
      d.improvement ||
      d.formalRecord ||
      d.other?.some((o) => o.trim()));
  if (!anyDemand) add('no-demands', 'demands');
  if (present(facts.replyDeadlineDays) && parseDays(facts.replyDeadlineDays) === null)
    add('invalid-deadline-days', 'replyDeadlineDays', 'error');

  for (const c of contacts) {
    const at = parseInstant(c.at, zone);
    if (at === null) add('contact-invalid-time', `contacts.${c.id}.at`, 'error');
    const due = parseDeadline(c.promiseDeadline, zone);
    if (c.promiseDeadline?.trim() && due === null) add('invalid-date', `contacts.${c.id}.promiseDeadline`, 'error');
    if (at !== null && due !== null && due < at)
      add('promise-deadline-before-contact', `contacts.${c.id}.promiseDeadline`, 'error');
  }
  return issues;
}
