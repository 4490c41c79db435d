// Everything a letter writer needs, parsed and checked once from the case: bad or missing facts
// become absent values here, so the writers never print `undefined`, `NaN` or empty brackets.

import type { CaseLanguage } from '../case';
import type { ContactLogEntry } from '../complaint/contacts';
import { type IncidentSpan, incidentSpan, type WorkCalendar } from '../complaint/duration';
import { parseDurationHours } from '../complaint/durationText';
import type { Exhibit } from '../complaint/exhibits';
import { type ProRataRefund, proRataRefund, type RepairDuty, repairDuty } from '../complaint/computations';
import { addBusinessDays, addCalendarDays } from '../complaint/duration';
import {
  type CaseFacts,
  caseFrame,
  consumerUseOf,
  type DecimalSeparator,
  type Jurisdiction,
  type LegalBasisItem,
  type NumberInput,
  type ProblemType,
  readAmount,
  replyDays,
  type ServiceSector,
  tidy,
} from '../complaint/facts';
import { isLicensedOperator, legalBasisFor } from '../complaint/legalBasis';
import { type Language, languageOfCase } from '../language';
import {
  REGULATOR_RULES,
  type RegulatorId,
  type RegulatorRule,
  regulatorForFacts,
  regulatorRule,
} from '../complaint/regulators';
import { caseTimeZone, parseDeadline } from '../complaint/timeline';
import { dateKeyAt, dateKeyToUtc, parseInstant } from '../zonedTime';
import { clause } from './format';
import type { PlaceholderSink } from './placeholders';

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
  /** A valid, positive amount, when the user gave one (or the pro-rata refund when they did not). */
  amount?: number;
  /** The figure as typed when it could not be read: the letter shows a placeholder with it. */
  unreadable?: string;
  /** The refund is the computed pro-rata sum. */
  computed?: boolean;
  /** The user's words, for `other`. */
  text?: string;
}

export interface ContactLine {
  entry: ContactLogEntry;
  atMs: number;
  dueMs: number | null;
  overdue: boolean;
}

export interface LetterContext extends PlaceholderSink {
  language: CaseLanguage;
  lang: Language;
  jurisdiction: Jurisdiction;
  zone: string;
  now: number;
  /** The name to address: the registered name, else the name given, never a bare domain. */
  provider?: string;
  providerLegalName?: string;
  providerAddress?: string;
  /** The name the user gave looked like a web address and was not used as a name. */
  providerNameIsDomain: boolean;
  licensedOperator: boolean;
  /** Personal use (true), business use (false) or not asked (undefined). */
  consumerUse?: boolean;
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
  /** Contacts with the provider itself, oldest first (a regulator is not the company). */
  contacts: ContactLine[];
  regulatorContacts: ContactLine[];
  /** Every ticket number known with the date it was raised (`undefined` for the letter's own), oldest first. */
  tickets: { ticket: string; atMs?: number }[];
  hoursLost: number | null;
  moneyLost: number | null;
  /** The money-lost figure as typed when it could not be read. */
  moneyLostUnreadable?: string;
  lossKind?: 'direct' | 'lost-earnings';
  monthlyFee: number | null;
  proRata: ProRataRefund | null;
  /** The 48 h / 72 h repair duty, when 《电信条例》 art. 32 applies and the report time is known. */
  repair: RepairDuty | null;
  /** The report time came from the first contact, not from a fact the user set. */
  repairFromFirstContact: boolean;
  terminalRuledOut: boolean;
  adrScheme?: string;
  decimalSeparator: DecimalSeparator;
  impactDescription?: string;
  demands: Demand[];
  currency: string;
  replyDays: number;
  /** `YYYY-MM-DD` the reply is due (working days in China), counted from the letter's date. */
  replyDueKey: string | null;
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

const present = (v: NumberInput | undefined): boolean => v !== undefined && String(v).trim() !== '';

interface AmountRead {
  amount?: number;
  unreadable?: string;
}

/** Time lost typed as a duration ("2 days", 「90分钟」), in hours; null when it is not one. */
function hoursOfDuration(value: NumberInput | undefined): number | null {
  const hours = parseDurationHours(value);
  return hours !== null && hours > 0 ? hours : null;
}

function amountOf(value: NumberInput | undefined, separator: DecimalSeparator): AmountRead {
  if (!present(value)) return {};
  const r = readAmount(value, separator);
  if (r.ok) return r.value > 0 ? { amount: r.value } : {};
  return { unreadable: String(value).trim() };
}

function demandsOf(facts: CaseFacts, separator: DecimalSeparator, proRata: ProRataRefund | null): Demand[] {
  const d = facts.demands ?? {};
  const list: Demand[] = [];
  const withAmount = (kind: DemandKind, read: AmountRead): Demand => ({ kind, ...read });
  if (d.restoreService) list.push({ kind: 'restore' });
  const refund = amountOf(d.refundAmount, separator);
  if (d.refundOutagePeriod || present(d.refundAmount)) {
    if (refund.amount === undefined && !refund.unreadable && proRata)
      list.push({ kind: 'refund', amount: proRata.amount, computed: true });
    else list.push(withAmount('refund', refund));
  }
  if (d.compensation || present(d.compensationAmount))
    list.push(withAmount('compensation', amountOf(d.compensationAmount, separator)));
  if (d.writtenExplanation) list.push({ kind: 'explanation' });
  if (d.improvement) list.push({ kind: 'improvement' });
  if (d.formalRecord) list.push({ kind: 'record' });
  for (const text of d.other ?? []) {
    const t = clause(text);
    if (t) list.push({ kind: 'other', text: t });
  }
  return list;
}

const DOMAIN_LIKE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;

function contactLines(input: LetterInput, zone: string): ContactLine[] {
  return (input.contacts ?? [])
    .flatMap((entry): ContactLine[] => {
      const atMs = parseInstant(entry.at, zone);
      if (atMs === null) return [];
      const dueMs = parseDeadline(entry.promiseDeadline, zone);
      return [{ entry, atMs, dueMs, overdue: dueMs !== null && dueMs < input.now && !entry.promiseKept }];
    })
    .sort((a, b) => a.atMs - b.atMs);
}

export function buildContext(input: LetterInput, language: CaseLanguage): LetterContext {
  const facts = input.facts;
  const lang = languageOfCase(language);
  const frame = caseFrame(facts, language);
  const { jurisdiction, decimalSeparator } = frame;
  const zone = caseTimeZone(facts, input.timeZone);
  const rules = input.rules ?? REGULATOR_RULES;
  const all = contactLines(input, zone);
  const contacts = all.filter((c) => c.entry.channel !== 'regulator');
  const regulatorContacts = all.filter((c) => c.entry.channel === 'regulator');
  const firstLetterTicket = tidy(facts.firstLetterTicket);
  const seen = new Set<string>();
  const tickets = [
    ...(firstLetterTicket ? [{ ticket: firstLetterTicket }] : []),
    ...contacts.flatMap((c) => {
      const ticket = tidy(c.entry.ticket);
      return ticket ? [{ ticket, atMs: c.atMs }] : [];
    }),
  ].filter((t) => !seen.has(t.ticket) && Boolean(seen.add(t.ticket)));
  const c = facts.complainant ?? {};
  const span = incidentSpan({ ...facts, incident: { ...facts.incident, timeZone: zone } }, input.now);
  const monthlyFee = amountOf(facts.monthlyFee, decimalSeparator).amount ?? null;
  const proRata = monthlyFee && span ? proRataRefund(monthlyFee, span.durationMs) : null;
  const licensed = isLicensedOperator(facts);
  const reportedFact = parseInstant(facts.faultReportedAt, zone);
  const reportedMs = reportedFact ?? contacts[0]?.atMs ?? null;
  const repair =
    licensed && jurisdiction === 'CN' && reportedMs !== null && span
      ? repairDuty(reportedMs, facts.rural === true, span.ongoing ? null : span.endMs, input.now)
      : null;
  const name = tidy(facts.provider?.name);
  const legalName = tidy(facts.provider?.legalName);
  const nameIsDomain = Boolean(name && DOMAIN_LIKE.test(name));
  const money = amountOf(facts.impact?.moneyLost, decimalSeparator);
  const days = replyDays(facts, jurisdiction);
  const today = dateKeyAt(input.now, zone);
  return {
    language,
    lang,
    placeholders: [],
    jurisdiction,
    zone,
    now: input.now,
    provider: legalName ?? (nameIsDomain ? undefined : name),
    providerLegalName: legalName,
    providerAddress: tidy(facts.provider?.address),
    providerNameIsDomain: nameIsDomain && !legalName,
    licensedOperator: licensed,
    ...(consumerUseOf(facts) !== undefined ? { consumerUse: consumerUseOf(facts) } : {}),
    providerPhone: tidy(facts.provider?.phone),
    providerWebsite: tidy(facts.provider?.website) ?? (nameIsDomain ? name : undefined),
    accountNumber: tidy(facts.accountNumber),
    orderNumber: tidy(facts.orderNumber),
    contractNumber: tidy(facts.contractNumber),
    service: clause(facts.service),
    problem: facts.problemType,
    sector: facts.sector,
    startMs: parseInstant(facts.incident?.start, zone),
    span,
    symptoms: clause(facts.incident?.symptoms),
    errorCodes: (facts.incident?.errorCodes ?? []).flatMap((e) => clause(e) ?? []),
    triedSteps: (facts.incident?.triedSteps ?? []).flatMap((e) => clause(e) ?? []),
    contacts,
    regulatorContacts,
    tickets,
    hoursLost: amountOf(facts.impact?.hoursLost, decimalSeparator).amount ?? hoursOfDuration(facts.impact?.hoursLost),
    moneyLost: money.amount ?? null,
    ...(money.unreadable ? { moneyLostUnreadable: money.unreadable } : {}),
    ...(facts.impact?.lossKind ? { lossKind: facts.impact.lossKind } : {}),
    monthlyFee,
    proRata,
    repair,
    repairFromFirstContact: reportedFact === null,
    terminalRuledOut: facts.terminalRuledOut === true,
    adrScheme: tidy(facts.adrScheme),
    decimalSeparator,
    impactDescription: clause(facts.impact?.description),
    demands: demandsOf(facts, decimalSeparator, proRata),
    currency: frame.currency,
    replyDays: days,
    replyDueKey: jurisdiction === 'CN' ? addBusinessDays(today, days, input.calendar) : addCalendarDays(today, days),
    legalBasis: legalBasisFor(facts, jurisdiction, lang),
    exhibits: [...(input.exhibits ?? [])],
    complainant: { name: tidy(c.name), phone: tidy(c.phone), email: tidy(c.email), address: tidy(c.address) },
    regulator:
      (input.regulator && regulatorRule(input.regulator, rules)) || regulatorForFacts(facts, jurisdiction, rules),
    usState: tidy(facts.usState),
    firstLetterDate: validKey(facts.firstLetterDate),
    firstComplaintDate: [validKey(facts.firstLetterDate), ...contacts.map((c) => dateKeyAt(c.atMs, zone))]
      .filter((k): k is string => Boolean(k))
      .sort()[0],
    firstLetterTicket,
    deadlockDate: validKey(facts.deadlockLetterDate),
  };
}

/** `YYYY-MM-DD` a reply within `days` is due: working days in China, calendar days elsewhere. */
export function dueKeyFor(ctx: LetterContext, days: number, calendar?: WorkCalendar): string | null {
  const today = dateKeyAt(ctx.now, ctx.zone);
  return ctx.jurisdiction === 'CN' ? addBusinessDays(today, days, calendar) : addCalendarDays(today, days);
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
