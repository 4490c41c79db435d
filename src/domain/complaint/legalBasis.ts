// The legal basis of a letter, chosen by the facts (jurisdiction, sector, whether the provider is a
// licensed telecom operator, consumer status, demands) from the provision catalogue. A letter quotes
// only verified text; the user may edit the list, and the letter re-reads each id from the catalogue.

import type { Language } from '../language';
import {
  type CaseFacts,
  consumerUseOf,
  type Jurisdiction,
  type LegalBasisItem,
  type ProblemType,
  type ServiceSector,
} from './facts';
import { citationOf, PROVISIONS, provision, quotableText } from './provisions';
import { FILING_PROVISIONS } from './filingProvisions';

// A LegalBasisItem's `point` is the verified quotation, or empty: unverified provisions are cited by number.

/** The agreement itself: not a statute, so nothing is quoted; the letter states the obligation. */
export const CONTRACT_BASIS: Record<Language, LegalBasisItem> = {
  zh: { id: 'contract', citation: '双方的服务合同', point: '' },
  en: { id: 'contract', citation: 'our service agreement', point: '' },
};

const DIGITAL: (ServiceSector | undefined)[] = ['cloud-pc', 'software-service', 'telecom', undefined];
const LASTING: (ProblemType | undefined)[] = ['outage', 'degraded', 'poor-service'];

/** Whether 《电信条例》 binds the provider: a licensed operator (or a telecom the user has not said is unlicensed). */
export function isLicensedOperator(facts: CaseFacts): boolean {
  const licensed = facts.provider?.licensedOperator;
  return licensed ?? facts.sector === 'telecom';
}

const wantsCompensation = (facts: CaseFacts): boolean =>
  Boolean(facts.demands?.compensation || String(facts.demands?.compensationAmount ?? '').trim());
const wantsRefund = (facts: CaseFacts): boolean =>
  Boolean(facts.demands?.refundOutagePeriod || String(facts.demands?.refundAmount ?? '').trim());

export function chooseLegalBasisIds(facts: CaseFacts, jurisdiction: Jurisdiction): string[] {
  const consumer = consumerUseOf(facts) !== false;
  // 消保法 art. 2 is cited only when the user said the service was for personal use (生活消费).
  const consumerSaid = consumerUseOf(facts) === true;
  const problem = facts.problemType;
  switch (jurisdiction) {
    case 'CN': {
      const ids: string[] = [];
      if (LASTING.includes(problem) && isLicensedOperator(facts)) ids.push('cn-telecom-32');
      ids.push('cn-cc-577');
      if (consumerSaid) ids.push('cn-cpl-2');
      if (consumer) ids.push('cn-cpl-48-1-7');
      if (consumer && (wantsRefund(facts) || wantsCompensation(facts))) ids.push('cn-cpl-52');
      if (wantsCompensation(facts)) ids.push('cn-cc-584');
      return ids;
    }
    case 'GB': {
      if (!consumer || problem === 'billing-error') return ['contract'];
      const ids = ['gb-cra-49'];
      if (wantsRefund(facts)) ids.push('gb-cra-56');
      if (wantsCompensation(facts)) ids.push('gb-cra-54-7');
      return ids;
    }
    case 'EU': {
      if (!consumer || problem === 'billing-error' || !DIGITAL.includes(facts.sector)) return ['contract'];
      return wantsCompensation(facts) ? ['eu-dcd-14-1', 'eu-dcd-3-10'] : ['eu-dcd-14-1'];
    }
    case 'US':
      // The Fair Credit Billing Act binds card issuers, not merchants: a letter to the provider rests on the contract.
      return ['contract'];
  }
}

export function legalBasisItem(id: string, language: Language): LegalBasisItem | null {
  if (id === 'contract') return CONTRACT_BASIS[language];
  const p = provision(id);
  return p ? { id, citation: citationOf(p, language), point: quotableText(p) ?? '' } : null;
}

/** The editable starting list for a case; the UI stores the user's edits in `CaseFacts.legalBasis`. */
export function defaultLegalBasis(
  jurisdiction: Jurisdiction,
  problem: ProblemType | undefined,
  sector: ServiceSector | undefined,
  language: Language,
  facts: CaseFacts = {},
): LegalBasisItem[] {
  return chooseLegalBasisIds({ ...facts, problemType: problem, sector }, jurisdiction).flatMap(
    (id) => legalBasisItem(id, language) ?? [],
  );
}

/** The list a letter cites: the user's kept ids re-read from the catalogue (never stale text), else the default. */
export function legalBasisFor(facts: CaseFacts, jurisdiction: Jurisdiction, language: Language): LegalBasisItem[] {
  const ids = facts.legalBasis?.map((l) => l.id) ?? chooseLegalBasisIds(facts, jurisdiction);
  return [...new Set(ids)].flatMap((id) => legalBasisItem(id, language) ?? []);
}

// Procedure, evidence and definitions the letters use in their own places, not as a basis of the claim;
// the filings' own provisions (payment disputes, data access) neither.
const NOT_A_BASIS = /^(?:cn-miit-|cn-evidence-|cn-internet-court-|cn-civil-procedure-|gb-cca-|gb-cra-2-3$)/;

/** Every provision for a jurisdiction that can ground a claim, for an "add a provision" picker. */
export function legalBasisCatalogue(jurisdiction: Jurisdiction, language: Language): LegalBasisItem[] {
  return [
    ...PROVISIONS.filter(
      (p) => p.jurisdiction === jurisdiction && !NOT_A_BASIS.test(p.id) && !FILING_PROVISIONS.includes(p),
    ).flatMap((p) => legalBasisItem(p.id, language) ?? []),
    CONTRACT_BASIS[language],
  ];
}
