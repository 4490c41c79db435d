// The facts of a complaint as the user types them in the side panel. Every field is optional and
// numbers stay as typed (strings), so a half-filled form is saved whole and checked by validation.ts.

import type { CaseLanguage } from '../case';
import { DEFAULT_CURRENCY, derivedJurisdiction } from './framePrefill';

/** One cited provision as the letter uses it: `Under {citation}, {point}.` / `根据{citation}，{point}。` */
export interface LegalBasisItem {
  id: string;
  citation: string;
  point: string;
}

export type ProblemType = 'outage' | 'degraded' | 'billing-error' | 'refund-refused' | 'poor-service' | 'other';

/** What kind of business the provider is: decides the regulator (MIIT 12300 and FCC take telecoms). */
export type ServiceSector = 'telecom' | 'cloud-pc' | 'online-shop' | 'software-service' | 'financial' | 'other';

/** Whose law and regulators apply; independent of the letter's language. */
export type Jurisdiction = 'CN' | 'GB' | 'US' | 'EU';

/** A number as typed in a form field (`'1,280.00'`, `'86'`), or already a number. */
export type NumberInput = string | number;

export type DecimalSeparator = 'point' | 'comma';

export interface ProviderFacts {
  name?: string;
  website?: string;
  /** Customer-service phone, e.g. `10000`. */
  phone?: string;
  /** Registered legal name (营业执照上的名称), which a regulator filing needs. */
  legalName?: string;
  /** Registered address: the MIIT appeal goes to the provincial centre where the company is. */
  address?: string;
  /** Holds a telecom business licence (电信业务经营者): decides whether 《电信条例》 applies. */
  licensedOperator?: boolean;
}

export interface IncidentFacts {
  /** Wall-clock `YYYY-MM-DDTHH:mm[:ss]` in `timeZone`, or RFC 3339 with an offset. */
  start?: string;
  end?: string;
  /** IANA zone the wall-clock times are in, e.g. `Asia/Shanghai`. */
  timeZone?: string;
  ongoing?: boolean;
  symptoms?: string;
  errorCodes?: string[];
  /** What the user already tried (restart, another network, …). */
  triedSteps?: string[];
}

export interface ImpactFacts {
  hoursLost?: NumberInput;
  moneyLost?: NumberInput;
  /** What the money lost is: a direct cost, or earnings the user would otherwise have made. */
  lossKind?: 'direct' | 'lost-earnings';
  description?: string;
}

export interface DemandFacts {
  restoreService?: boolean;
  refundOutagePeriod?: boolean;
  refundAmount?: NumberInput;
  compensation?: boolean;
  compensationAmount?: NumberInput;
  writtenExplanation?: boolean;
  improvement?: boolean;
  formalRecord?: boolean;
  /** Further demands in the user's words, one per entry. */
  other?: string[];
}

export interface ComplainantFacts {
  name?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface CaseFacts {
  provider?: ProviderFacts;
  /** Account, order or contract number with the provider. */
  accountNumber?: string;
  orderNumber?: string;
  contractNumber?: string;
  /** Service or plan name, e.g. `天翼云电脑 4核8G`. */
  service?: string;
  sector?: ServiceSector;
  problemType?: ProblemType;
  incident?: IncidentFacts;
  impact?: ImpactFacts;
  demands?: DemandFacts;
  /** ISO 4217 code for every amount in the case; defaults from the jurisdiction. */
  currency?: string;
  /** Days the provider has to answer in writing (working days in China, calendar days elsewhere). */
  replyDeadlineDays?: NumberInput;
  language?: CaseLanguage;
  jurisdiction?: Jurisdiction;
  /** US state for the attorney-general route, e.g. `California`. */
  usState?: string;
  complainant?: ComplainantFacts;
  /** `YYYY-MM-DD` the first written complaint was sent (follow-up letters cite it). */
  firstLetterDate?: string;
  /** Ticket the first written complaint was filed under. */
  firstLetterTicket?: string;
  /** `YYYY-MM-DD` of a deadlock / final-position letter (opens UK ADR before 8 weeks). */
  deadlockLetterDate?: string;
  /** What the service was bought for: personal use (生活消费 / CRA s.2(3)) or the user's business. */
  purchasePurpose?: 'personal' | 'business';
  /** Monthly fee for the service, for the pro-rata refund of an outage. */
  monthlyFee?: NumberInput;
  /** When the fault was reported (starts the 48 h / 72 h repair duty); defaults to the first contact. */
  faultReportedAt?: string;
  /** The service is in a rural area (72 h repair duty instead of 48 h). */
  rural?: boolean;
  /** The user has ruled out their own terminal equipment as the cause (the 电信条例 art. 32 exception). */
  terminalRuledOut?: boolean;
  /** The UK ADR scheme the provider belongs to, as the user found it (e.g. `Communications Ombudsman`). */
  adrScheme?: string;
  /** How amounts are typed: `1,280.50` (point) or `1.280,50` (comma); defaults from the jurisdiction. */
  decimalSeparator?: DecimalSeparator;
  /** The user's edited legal basis; when absent the jurisdiction's default list applies. */
  legalBasis?: LegalBasisItem[];
  /** Chat messages the user chose to quote in the letter, cited by exhibit and message number. */
  quotations?: LetterQuotation[];
  /** Keys of suggestions from the evidence the user dismissed (suggestions/extract.ts), kept so they stay gone. */
  dismissedSuggestions?: string[];
}

/**
 * A chat message quoted in the letter. It names its item, not an exhibit number, so the citation
 * follows the exhibits' order at draft time; the words are copied from the (never changed) original.
 */
export interface LetterQuotation {
  id: string;
  evidenceId: string;
  /** 0-based index in the transcript's messages; the letter cites it from 1. */
  messageIndex: number;
  role: string;
  author?: string;
  /** The time as the chat displayed it. */
  time?: string;
  text: string;
}

export { DEFAULT_CURRENCY };

/**
 * Default reply deadline per jurisdiction: working days in China, calendar days elsewhere
 * (docs/complaint-domain.md).
 */
export const DEFAULT_REPLY_DAYS: Record<Jurisdiction, number> = { CN: 10, GB: 14, US: 14, EU: 14 };

export function jurisdictionForLanguage(language: CaseLanguage): Jurisdiction {
  switch (language) {
    case 'zh-CN':
      return 'CN';
    case 'en-US':
      return 'US';
    case 'en-EU':
      return 'EU';
    default:
      return 'GB';
  }
}

/**
 * The case's jurisdiction: the user's answer, else what its currency, amounts or provider site say
 * (framePrefill.ts), else the letter language's.
 */
export function jurisdictionOf(facts: CaseFacts, letterLanguage?: CaseLanguage, site?: string): Jurisdiction {
  return (
    facts.jurisdiction ??
    derivedJurisdiction(facts, site) ??
    jurisdictionForLanguage(facts.language ?? letterLanguage ?? 'en-GB')
  );
}

const CURRENCY_MARK = /^[¥￥£$€]\s*|^(?:RMB|CNY|GBP|USD|EUR)\s*|\s*(?:元|RMB|CNY|GBP|USD|EUR|€)$/gi;
const POINT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const COMMA = /^-?(?:\d{1,3}(?:[.\s\u00a0]\d{3})+|\d+)(?:,\d+)?$/;

export type AmountReading = { ok: true; value: number } | { ok: false; reason: 'not-a-number' | 'other-decimal' };

/**
 * An amount as typed, read with the case's decimal separator: `'1,280.50'`, `'¥86'` (point) or
 * `'1.200,50'`, `'€29,99'` (comma). A figure only valid under the other separator is refused as
 * `other-decimal`, never misread (`29,99` is not 2,999).
 */
export function readAmount(value: NumberInput | undefined, separator: DecimalSeparator = 'point'): AmountReading {
  if (value === undefined) return { ok: false, reason: 'not-a-number' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
  const s = value.trim().replace(CURRENCY_MARK, '').trim();
  const [mine, other] = separator === 'point' ? [POINT, COMMA] : [COMMA, POINT];
  const plainPoint = separator === 'comma' && /^-?\d+\.\d{1,2}$/.test(s);
  if (mine.test(s) || plainPoint) {
    const n = Number(
      separator === 'point' || plainPoint ? s.replace(/,/g, '') : s.replace(/[.\s\u00a0]/g, '').replace(',', '.'),
    );
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: 'not-a-number' };
  }
  return { ok: false, reason: other.test(s) ? 'other-decimal' : 'not-a-number' };
}

/** `'1,280.50'`, `'¥86'`, `86` → a finite number; anything else (`'about 50'`, `''`, `'29,99'`) → null. */
export function parseAmount(value: NumberInput | undefined, separator: DecimalSeparator = 'point'): number | null {
  const r = readAmount(value, separator);
  return r.ok ? r.value : null;
}

/** The case's decimal separator: the user's choice, else comma for EU cases. */
export function decimalSeparatorOf(facts: CaseFacts, jurisdiction: Jurisdiction): DecimalSeparator {
  return facts.decimalSeparator || (jurisdiction === 'EU' ? 'comma' : 'point');
}

/** Consumer status: true for personal use, false for business use, undefined when not answered. */
export function consumerUseOf(facts: CaseFacts): boolean | undefined {
  return facts.purchasePurpose === 'personal' ? true : facts.purchasePurpose === 'business' ? false : undefined;
}

/** Whole positive days, or null. */
export function parseDays(value: NumberInput | undefined): number | null {
  const n = parseAmount(value);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** The reply deadline in days: the user's figure when valid, else the jurisdiction's default. */
export function replyDays(facts: CaseFacts, jurisdiction: Jurisdiction): number {
  return parseDays(facts.replyDeadlineDays) ?? DEFAULT_REPLY_DAYS[jurisdiction];
}

/** Free-text fields trimmed and with runs of whitespace collapsed; empty → undefined. */
export function tidy(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** The one answer for country, currency, letter language and number format a case uses everywhere. */
export interface CaseFrame {
  jurisdiction: Jurisdiction;
  currency: string;
  language: CaseLanguage;
  decimalSeparator: DecimalSeparator;
}

/** `site`: the site the case was started from, when the facts name no provider website. */
export function caseFrame(facts: CaseFacts, caseLanguage: CaseLanguage, site?: string): CaseFrame {
  const language = facts.language ?? caseLanguage;
  const jurisdiction = jurisdictionOf(facts, language, site);
  return {
    jurisdiction,
    currency: tidy(facts.currency)?.toUpperCase() ?? DEFAULT_CURRENCY[jurisdiction],
    language,
    decimalSeparator: decimalSeparatorOf(facts, jurisdiction),
  };
}
