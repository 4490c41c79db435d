// The facts of a complaint as the user types them in the side panel. Every field is optional and
// numbers stay as typed (strings), so a half-filled form is saved whole and checked by validation.ts.

import type { CaseLanguage } from '../case';

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

export interface ProviderFacts {
  name?: string;
  website?: string;
  /** Customer-service phone, e.g. `10000`. */
  phone?: string;
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
  /** The user's edited legal basis; when absent the jurisdiction's default list applies. */
  legalBasis?: LegalBasisItem[];
}

export const DEFAULT_CURRENCY: Record<Jurisdiction, string> = { CN: 'CNY', GB: 'GBP', US: 'USD', EU: 'EUR' };

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

export function jurisdictionOf(facts: CaseFacts, letterLanguage?: CaseLanguage): Jurisdiction {
  return facts.jurisdiction ?? jurisdictionForLanguage(facts.language ?? letterLanguage ?? 'en-GB');
}

/** `'1,280.50'`, `'¥86'`, `86` → a finite number; anything else (`'about 50'`, `''`) → null. */
export function parseAmount(value: NumberInput | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const stripped = value
    .trim()
    .replace(/^[¥￥£$€]|^(?:RMB|CNY|GBP|USD|EUR)\s*/i, '')
    .replace(/(?:元|RMB)$/i, '')
    .trim();
  if (!/^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(stripped)) return null;
  const n = Number(stripped.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
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
