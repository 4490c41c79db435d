// Everything a letter writer needs, parsed and checked once from the case: bad or missing facts
// become absent values here, so the writers never print `undefined`, `NaN` or empty brackets.

import { type Language, languageOfCase } from '../language';
import type { CaseLanguage } from '../case';
import type { ContactLogEntry } from '../complaint/contacts';
import { type IncidentSpan, incidentSpan, type WorkCalendar } from '../complaint/duration';
import type { Exhibit } from '../complaint/exhibits';
import {
  type CaseFacts,
  DEFAULT_CURRENCY,
  type Jurisdiction,
  jurisdictionOf,
  type ProblemType,
  parseAmount,
  type LegalBasisItem,
  replyDays,
  type ServiceSector,
  tidy,
} from '../complaint/facts';
import { defaultLegalBasis } from '../complaint/legalBasis';
import {
  REGULATOR_RULES,
  type RegulatorId,
  type RegulatorRule,
  regulatorFor,
  regulatorRule,
} from '../complaint/regulators';
import { caseTimeZone, parseDeadline } from '../complaint/timeline';
import { dateKeyAt, dateKeyToUtc, parseInstant } from '../zonedTime';
import { clause } from './format';

export interface LetterInput {
  facts: CaseFacts;
  contacts?: readonly ContactLogEntry[];
  /** Numbered, included exhibits (from numberExhibits). */
  exhibits?: readonly Exhibit[];
  now: number;
  /** The user's zone, used when the incident has none. */
  timeZone?: string;
  /** The regulator a regulator letter goes to; defaults from jurisdiction and sector. */
  regulator?: RegulatorId;
  rules?: readonly RegulatorRule[];
  calendar?: WorkCalendar;
}

export type DemandKind = 'restore' | 'refund' | 'compensation' | 'explanation' | 'improvement' | 'record' | 'other';

export interface Demand {
  kind: DemandKind;
  /** A valid, positive amount, when the user gave one. */
  amount?: number;
  /** The user's words, for `other`. */
  text?: string;
}

export interface ContactLine {
  entry: ContactLogEntry;
  atMs: number;
  dueMs: number | null;
  overdue: boolean;
}

export interface LetterContext {
  language: CaseLanguage;
  lang: Language;
  jurisdiction: Jurisdiction;
  zone: string;
  now: number;
  provider?: string;
  providerPhone?: string;
  providerWebsite?: string;
  accountNumber?: string;
  orderNumber?: string;
  contractNumber?: string;
  service?: string;
  problem?: ProblemType;
  sector?: ServiceSector;
  /** Incident start even when the end is unusable (end before start). */
  startMs: number | null;
  span: IncidentSpan | null;
  symptoms?: string;
  errorCodes: string[];
  triedSteps: string[];
  contacts: ContactLine[];
  /** Every ticket number known, oldest first. */
  tickets: string[];
  hoursLost: number | null;
  moneyLost: number | null;
  impactDescription?: string;
  demands: Demand[];
  currency: string;
  replyDays: number;
  legalBasis: LegalBasisItem[];
  exhibits: Exhibit[];
  complainant: { name?: string; phone?: string; email?: string; address?: string };
  regulator: RegulatorRule;
  usState?: string;
  /** `YYYY-MM-DD` of the first written complaint, when valid. */
  firstLetterDate?: string;
  /** `YYYY-MM-DD` of the earliest complaint to the provider: the first letter or the first contact. */
  firstComplaintDate?: string;
  firstLetterTicket?: string;
  deadlockDate?: string;
}

const validKey = (key: string | undefined): string | undefined =>
  key && dateKeyToUtc(key) !== null ? key.trim().slice(0, 10) : undefined;

const positive = (n: number | null): number | undefined => (n !== null && n > 0 ? n : undefined);

function demandsOf(facts: CaseFacts): Demand[] {
  const d = facts.demands ?? {};
  const list: Demand[] = [];
  const withAmount = (kind: DemandKind, amount: number | undefined): Demand =>
    amount === undefined ? { kind } : { kind, amount };
  if (d.restoreService) list.push({ kind: 'restore' });
  if (d.refundOutagePeriod || positive(parseAmount(d.refundAmount)) !== undefined)
    list.push(withAmount('refund', positive(parseAmount(d.refundAmount))));
  if (d.compensation || positive(parseAmount(d.compensationAmount)) !== undefined)
    list.push(withAmount('compensation', positive(parseAmount(d.compensationAmount))));
  if (d.writtenExplanation) list.push({ kind: 'explanation' });
  if (d.improvement) list.push({ kind: 'improvement' });
  if (d.formalRecord) list.push({ kind: 'record' });
  for (const text of d.other ?? []) {
    const t = clause(text);
    if (t) list.push({ kind: 'other', text: t });
  }
  return list;
}

export function buildContext(input: LetterInput, language: CaseLanguage): LetterContext {
  const facts = input.facts;
  const lang = languageOfCase(language);
  const jurisdiction = jurisdictionOf(facts, language);
  const zone = caseTimeZone(facts, input.timeZone);
  const rules = input.rules ?? REGULATOR_RULES;
  const contacts = (input.contacts ?? [])
    .flatMap((entry): ContactLine[] => {
      const atMs = parseInstant(entry.at, zone);
      if (atMs === null) return [];
      const dueMs = parseDeadline(entry.promiseDeadline, zone);
      return [{ entry, atMs, dueMs, overdue: dueMs !== null && dueMs < input.now && !entry.promiseKept }];
    })
    .sort((a, b) => a.atMs - b.atMs);
  const firstLetterTicket = tidy(facts.firstLetterTicket);
  const tickets = [
    ...new Set([
      ...(firstLetterTicket ? [firstLetterTicket] : []),
      ...contacts.flatMap((c) => tidy(c.entry.ticket) ?? []),
    ]),
  ];
  const c = facts.complainant ?? {};
  return {
    language,
    lang,
    jurisdiction,
    zone,
    now: input.now,
    provider: tidy(facts.provider?.name),
    providerPhone: tidy(facts.provider?.phone),
    providerWebsite: tidy(facts.provider?.website),
    accountNumber: tidy(facts.accountNumber),
    orderNumber: tidy(facts.orderNumber),
    contractNumber: tidy(facts.contractNumber),
    service: tidy(facts.service),
    problem: facts.problemType,
    sector: facts.sector,
    startMs: parseInstant(facts.incident?.start, zone),
    span: incidentSpan({ ...facts, incident: { ...facts.incident, timeZone: zone } }, input.now),
    symptoms: clause(facts.incident?.symptoms),
    errorCodes: (facts.incident?.errorCodes ?? []).flatMap((e) => clause(e) ?? []),
    triedSteps: (facts.incident?.triedSteps ?? []).flatMap((e) => clause(e) ?? []),
    contacts,
    tickets,
    hoursLost: positive(parseAmount(facts.impact?.hoursLost)) ?? null,
    moneyLost: positive(parseAmount(facts.impact?.moneyLost)) ?? null,
    impactDescription: clause(facts.impact?.description),
    demands: demandsOf(facts),
    currency: tidy(facts.currency)?.toUpperCase() ?? DEFAULT_CURRENCY[jurisdiction],
    replyDays: replyDays(facts, jurisdiction),
    legalBasis: (facts.legalBasis ?? defaultLegalBasis(jurisdiction, facts.problemType, facts.sector, lang)).filter(
      (l) => clause(l.citation),
    ),
    exhibits: [...(input.exhibits ?? [])],
    complainant: { name: tidy(c.name), phone: tidy(c.phone), email: tidy(c.email), address: tidy(c.address) },
    regulator:
      (input.regulator && regulatorRule(input.regulator, rules)) || regulatorFor(jurisdiction, facts.sector, rules),
    usState: tidy(facts.usState),
    firstLetterDate: validKey(facts.firstLetterDate),
    firstComplaintDate: [
      validKey(facts.firstLetterDate),
      ...contacts.filter((c) => c.entry.channel !== 'regulator').map((c) => dateKeyAt(c.atMs, zone)),
    ]
      .filter((k): k is string => Boolean(k))
      .sort()[0],
    firstLetterTicket,
    deadlockDate: validKey(facts.deadlockLetterDate),
  };
}

/** Refund + compensation: the sum a letter before action claims. */
export function claimedTotal(ctx: LetterContext): number {
  return ctx.demands.reduce(
    (sum, d) => sum + (d.kind === 'refund' || d.kind === 'compensation' ? (d.amount ?? 0) : 0),
    0,
  );
}

/** A follow-up's reply window: half the first letter's, at least 3 days. */
export function shorterDeadline(ctx: LetterContext): number {
  return Math.max(3, Math.ceil(ctx.replyDays / 2));
}
