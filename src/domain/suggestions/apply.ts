// What accepting or dismissing a suggestion from the evidence does to the case: which Facts field or
// contact it fills, and whether that would replace something the user typed (then the UI asks first).

import type { ContactLogEntry } from '../complaint/contacts';
import { type CaseFacts, type DecimalSeparator, parseAmount } from '../complaint/facts';
import { parseInstant, wallClockKeyAt } from '../zonedTime';
import { amountAsTyped } from './amounts';
import type { EvidenceSuggestion } from './extract';

const CONTACT_KINDS: ReadonlySet<string> = new Set(['ticket', 'agent', 'promise']);

/** Tickets, agents and promises belong to a contact; numbers, sums and error codes to the Facts. */
export const isContactSuggestion = (s: EvidenceSuggestion): boolean => CONTACT_KINDS.has(s.kind);

const same = (a: string | undefined, b: string): boolean => a?.trim().toLowerCase() === b.trim().toLowerCase();

function alreadyInCase(s: EvidenceSuggestion, facts: CaseFacts, contacts: readonly ContactLogEntry[]): boolean {
  switch (s.kind) {
    case 'ticket':
      return same(facts.firstLetterTicket, s.value) || contacts.some((c) => same(c.ticket, s.value));
    case 'agent':
      return contacts.some((c) => c.agent?.toLowerCase().includes(s.value.toLowerCase()));
    case 'promise':
      return contacts.some((c) => same(c.promise, s.value));
    case 'error-code':
      return (facts.incident?.errorCodes ?? []).some((c) => same(c, s.value));
    case 'order-number':
      return same(facts.orderNumber, s.value);
    case 'account-number':
      return same(facts.accountNumber, s.value);
    case 'amount': {
      const field = s.amount?.field ?? 'impact.moneyLost';
      const typed = factAt(facts, field);
      return typed !== undefined && parseAmount(typed, facts.decimalSeparator) === s.amount?.number;
    }
  }
}

/** The suggestions still worth showing: not dismissed and not already in the Facts or contact log. */
export function openSuggestions(
  all: readonly EvidenceSuggestion[],
  facts: CaseFacts,
  contacts: readonly ContactLogEntry[],
): EvidenceSuggestion[] {
  const dismissed = new Set(facts.dismissedSuggestions ?? []);
  return all.filter((s) => !dismissed.has(s.key) && !alreadyInCase(s, facts, contacts));
}

export function dismissSuggestion(facts: CaseFacts, key: string): CaseFacts {
  const dismissed = facts.dismissedSuggestions ?? [];
  return dismissed.includes(key) ? facts : { ...facts, dismissedSuggestions: [...dismissed, key] };
}

function factAt(facts: CaseFacts, path: string): string | undefined {
  const [a = '', b] = path.split('.');
  const v = b
    ? (facts as Record<string, Record<string, unknown> | undefined>)[a]?.[b]
    : (facts as Record<string, unknown>)[a];
  return v === undefined || v === null || v === '' ? undefined : String(v);
}

/**
 * A Facts change: set `value` at the dotted `path` (and the demand `flag` that shows the field);
 * `replaces` is the user's text it would overwrite.
 */
export interface FactFill {
  path: string;
  value: string | string[];
  flag?: string;
  replaces?: string;
}

const DEMAND_FLAG: Partial<Record<string, string>> = {
  'demands.refundAmount': 'demands.refundOutagePeriod',
  'demands.compensationAmount': 'demands.compensation',
};

export function factFill(facts: CaseFacts, s: EvidenceSuggestion, separator: DecimalSeparator): FactFill {
  if (s.kind === 'error-code')
    return { path: 'incident.errorCodes', value: [...(facts.incident?.errorCodes ?? []), s.value] };
  const path =
    s.kind === 'order-number'
      ? 'orderNumber'
      : s.kind === 'account-number'
        ? 'accountNumber'
        : (s.amount?.field ?? 'impact.moneyLost');
  const value = s.kind === 'amount' && s.amount ? amountAsTyped(s.amount.number, separator) : s.value;
  const current = factAt(facts, path);
  const flag = DEMAND_FLAG[path];
  return {
    path,
    value,
    ...(flag ? { flag } : {}),
    ...(current !== undefined && !same(current, value) ? { replaces: current } : {}),
  };
}

/** A contact change: the contact that records the suggestion's chat gets the field, else a new one. */
export interface ContactFill {
  entry: ContactLogEntry;
  isNew: boolean;
  replaces?: string;
}

/** An RFC 3339 time as the contact log stores typed times: wall clock in the case's zone. */
function inCaseZone(value: string, timeZone: string): string {
  const ms = parseInstant(value, timeZone);
  return ms === null ? value : wallClockKeyAt(ms, timeZone);
}

export function contactFill(
  contacts: readonly ContactLogEntry[],
  s: EvidenceSuggestion,
  timeZone: string,
  newId: () => string,
): ContactFill {
  const linked = contacts.find((c) => c.evidenceIds?.includes(s.source.evidenceId));
  const base: ContactLogEntry = linked ?? {
    id: newId(),
    at: inCaseZone(s.source.chatAt ?? s.source.at, timeZone),
    channel: 'chat',
    evidenceIds: [s.source.evidenceId],
  };
  const field = s.kind === 'ticket' ? 'ticket' : s.kind === 'agent' ? 'agent' : 'promise';
  const current = base[field]?.trim();
  const entry: ContactLogEntry = {
    ...base,
    [field]: s.value,
    ...(s.kind === 'promise' && s.deadline
      ? { promiseDeadline: inCaseZone(s.deadline, timeZone), promiseKept: false }
      : {}),
  };
  return { entry, isNew: !linked, ...(current && !same(current, s.value) ? { replaces: current } : {}) };
}
