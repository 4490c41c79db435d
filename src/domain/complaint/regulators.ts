// Regulators and ADR schemes per jurisdiction, with their time limits as data (docs/complaint-domain.md):
// the rules change (China revised 12315's in 2026), so updating a number must not mean editing code.

import type { Language } from '../language';
import type { CaseFacts, Jurisdiction, ServiceSector } from './facts';
import { provinceOf } from './province';

export type RegulatorId =
  | 'cn-miit-12300'
  | 'cn-12315'
  | 'cn-nfra-12378'
  | 'gb-telecom-adr'
  | 'gb-fos'
  | 'gb-adr'
  | 'us-fcc'
  | 'us-cfpb'
  | 'us-state-ag'
  | 'eu-adr';

export interface RegulatorRule {
  id: RegulatorId;
  jurisdiction: Jurisdiction;
  /** Sectors the body takes; absent = everything the other bodies of the jurisdiction do not. */
  sectors?: ServiceSector[];
  /** Calendar days after the first complaint to the provider before the body accepts a case. */
  waitDays: number;
  /** A deadlock / final-position letter opens the route before `waitDays` have passed. */
  deadlockOpens?: boolean;
  /** Months after the incident after which billing disputes are refused. */
  billingLimitMonths?: number;
  /** Months after the incident (or after the harm became known) after which other disputes are refused. */
  limitMonths?: number;
  /** What `limitMonths` counts from: the incident (default) or the provider's final response / deadlock letter. */
  limitFrom?: 'incident' | 'final-response';
  /** The user must name the body (a UK provider belongs to one ADR scheme: ask, or let the user pick). */
  userNamesBody?: boolean;
  /** Working days the body takes to decide whether it accepts the case. */
  acceptanceWorkingDays?: number;
  /** Days the body (or the provider, when it forwards) has to answer. */
  answerDays?: number;
  phone?: string;
  name: { zh: string; en: string };
}

export const REGULATOR_RULES: readonly RegulatorRule[] = [
  {
    id: 'cn-miit-12300',
    jurisdiction: 'CN',
    sectors: ['telecom', 'cloud-pc'],
    waitDays: 15,
    billingLimitMonths: 5,
    limitMonths: 24,
    acceptanceWorkingDays: 5,
    answerDays: 30,
    phone: '12300',
    // Not the national centre: the appeal goes to the centre of the company's province (第九条).
    name: { zh: '省级电信用户申诉受理机构', en: 'the provincial telecom user appeal centre' },
  },
  {
    id: 'cn-12315',
    jurisdiction: 'CN',
    waitDays: 0,
    limitMonths: 36,
    acceptanceWorkingDays: 7,
    phone: '12315',
    name: { zh: '市场监督管理部门', en: 'the market regulation authority' },
  },
  {
    id: 'cn-nfra-12378',
    jurisdiction: 'CN',
    sectors: ['financial'],
    waitDays: 0,
    phone: '12378',
    name: { zh: '国家金融监督管理总局', en: 'the National Financial Regulatory Administration' },
  },
  {
    // Ofcom requires telecom providers to belong to one ADR scheme; the user names theirs.
    id: 'gb-telecom-adr',
    jurisdiction: 'GB',
    sectors: ['telecom'],
    waitDays: 56, // 8 weeks
    deadlockOpens: true,
    limitMonths: 12,
    limitFrom: 'final-response',
    userNamesBody: true,
    name: { zh: '贵公司所属的通信业 ADR 机构', en: 'the ADR scheme you belong to' },
  },
  {
    id: 'gb-fos',
    jurisdiction: 'GB',
    sectors: ['financial'],
    waitDays: 56, // 8 weeks
    deadlockOpens: true,
    limitMonths: 6,
    limitFrom: 'final-response',
    name: { zh: '英国金融申诉专员服务机构（FOS）', en: 'the Financial Ombudsman Service' },
  },
  {
    // Outside regulated sectors ADR is voluntary: no waiting period is imposed, the trader may decline.
    id: 'gb-adr',
    jurisdiction: 'GB',
    waitDays: 0,
    userNamesBody: true,
    name: {
      zh: '双方同意的替代性争议解决（ADR）机构',
      en: 'an alternative dispute resolution (ADR) scheme, if you agree to use one',
    },
  },
  {
    id: 'us-fcc',
    jurisdiction: 'US',
    sectors: ['telecom'],
    waitDays: 0,
    answerDays: 30,
    name: { zh: '美国联邦通信委员会（FCC）', en: 'the Federal Communications Commission (FCC)' },
  },
  {
    id: 'us-cfpb',
    jurisdiction: 'US',
    sectors: ['financial'],
    waitDays: 0,
    answerDays: 15,
    name: { zh: '美国消费者金融保护局（CFPB）', en: 'the Consumer Financial Protection Bureau (CFPB)' },
  },
  {
    id: 'us-state-ag',
    jurisdiction: 'US',
    waitDays: 0,
    name: { zh: '州检察长办公室', en: 'the state attorney general' },
  },
  {
    id: 'eu-adr',
    jurisdiction: 'EU',
    waitDays: 0,
    // The EU ODR platform closed in 2025: national ADR bodies only.
    name: { zh: '所在国的消费争议替代性解决（ADR）机构', en: 'the national alternative dispute resolution (ADR) body' },
  },
];

/** The body a complaint goes to next for this jurisdiction and sector. */
export function regulatorFor(
  jurisdiction: Jurisdiction,
  sector: ServiceSector | undefined,
  rules: readonly RegulatorRule[] = REGULATOR_RULES,
): RegulatorRule {
  const own = rules.filter((r) => r.jurisdiction === jurisdiction);
  const specific = own.find((r) => sector && r.sectors?.includes(sector));
  const general = own.find((r) => !r.sectors);
  const rule = specific ?? general ?? own[0];
  if (!rule) throw new Error(`No regulator rule for ${jurisdiction}`);
  return rule;
}

/** The body for this case: a cloud-PC company goes to MIIT only when it holds a telecom licence. */
export function regulatorForFacts(
  facts: CaseFacts,
  jurisdiction: Jurisdiction,
  rules: readonly RegulatorRule[] = REGULATOR_RULES,
): RegulatorRule {
  const unlicensedCloud = facts.sector === 'cloud-pc' && facts.provider?.licensedOperator !== true;
  return regulatorFor(jurisdiction, unlicensedCloud ? undefined : facts.sector, rules);
}

export function regulatorRule(
  id: RegulatorId,
  rules: readonly RegulatorRule[] = REGULATOR_RULES,
): RegulatorRule | null {
  return rules.find((r) => r.id === id) ?? null;
}

/**
 * `the California attorney general` when the state is known; the user's named ADR scheme for the UK; the MIIT
 * appeal centre of the province the company's address names (`上海市电信用户申诉受理机构`).
 */
export function regulatorName(
  rule: RegulatorRule,
  language: Language,
  usState?: string,
  adrScheme?: string,
  companyAddress?: string,
): string {
  const state = usState?.trim();
  const scheme = adrScheme?.trim();
  const province = rule.id === 'cn-miit-12300' ? provinceOf(companyAddress) : undefined;
  if (province)
    return language === 'zh' ? `${province.zh}电信用户申诉受理机构` : `the ${province.en} telecom user appeal centre`;
  if (rule.userNamesBody && scheme) return language === 'zh' ? scheme : scheme.replace(/^(?!the )/i, 'the ');
  if (rule.id === 'us-state-ag' && state)
    return language === 'zh' ? `美国${state}州检察长办公室` : `the ${state} Attorney General`;
  return rule.name[language];
}
