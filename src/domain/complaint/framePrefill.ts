// The country (jurisdiction), currency and letter language a new case is prefilled with, from the
// provider site's domain and the browser's language. The user confirms them when creating the case;
// existing cases without an answer derive theirs the same way (a .cn or ¥ provider is never "US").

import type { CaseLanguage } from '../case';
import type { CaseFacts, Jurisdiction } from './facts';

/** Each jurisdiction's currency (ISO 4217), the default for its cases. */
export const DEFAULT_CURRENCY: Record<Jurisdiction, string> = { CN: 'CNY', GB: 'GBP', US: 'USD', EU: 'EUR' };

/** What the user confirms at case creation: stored as the facts' jurisdiction, currency and language. */
export interface CaseFrameChoice {
  jurisdiction: Jurisdiction;
  currency: string;
  language: CaseLanguage;
}

export const CURRENCIES = ['CNY', 'GBP', 'USD', 'EUR'] as const;

const EU_TLDS = new Set(
  'eu at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se'.split(' '),
);

/** The jurisdiction a site's top-level domain points to (`.cn`, `.uk`, `.us`/`.gov`, an EU member), or null. */
export function jurisdictionOfSite(site: string | undefined): Jurisdiction | null {
  const host =
    (site ?? '')
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .split(/[/:?#]/)[0] ?? '';
  const tld = host.includes('.') ? host.slice(host.lastIndexOf('.') + 1) : '';
  if (tld === 'cn') return 'CN';
  if (tld === 'uk') return 'GB';
  if (tld === 'us' || tld === 'gov') return 'US';
  return EU_TLDS.has(tld) ? 'EU' : null;
}

/** The jurisdiction a browser language suggests: `zh*` → CN, `en-US` → US, `en-GB` → GB, EU languages → EU. */
export function jurisdictionOfBrowser(browserLanguage: string): Jurisdiction {
  const tag = browserLanguage.toLowerCase().replace('_', '-');
  if (tag.startsWith('zh')) return 'CN';
  if (tag === 'en-us') return 'US';
  if (tag.startsWith('en')) return tag === 'en-ie' || tag === 'en-mt' ? 'EU' : 'GB';
  const base = tag.split('-')[0] ?? '';
  return ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'da', 'fi', 'el', 'cs', 'hu', 'ro'].includes(base)
    ? 'EU'
    : 'GB';
}

/** The jurisdiction a currency belongs to, when it names one of ours. */
export function jurisdictionOfCurrency(currency: string | undefined): Jurisdiction | null {
  const code = currency?.trim().toUpperCase();
  const hit = (Object.keys(DEFAULT_CURRENCY) as Jurisdiction[]).find((j) => DEFAULT_CURRENCY[j] === code);
  return hit ?? null;
}

/** The letter language for a jurisdiction: Chinese for China, else English with that country's conventions. */
export function letterLanguageFor(jurisdiction: Jurisdiction): CaseLanguage {
  return jurisdiction === 'CN' ? 'zh-CN' : jurisdiction === 'US' ? 'en-US' : jurisdiction === 'EU' ? 'en-EU' : 'en-GB';
}

/** The prefill for a new case: the site's country when its domain names one, else the browser's. */
export function suggestCaseFrame(site: string, browserLanguage: string): CaseFrameChoice {
  const jurisdiction = jurisdictionOfSite(site) ?? jurisdictionOfBrowser(browserLanguage);
  return { jurisdiction, currency: DEFAULT_CURRENCY[jurisdiction], language: letterLanguageFor(jurisdiction) };
}

const MARKS: [RegExp, Jurisdiction][] = [
  [/[¥￥元]|RMB|CNY/i, 'CN'],
  [/£|GBP/i, 'GB'],
  [/€|EUR/i, 'EU'],
  [/\$|USD/i, 'US'],
];

/** The jurisdiction the amounts as typed point to (`¥399`, `£29`), when they all agree. */
export function jurisdictionOfAmounts(facts: CaseFacts): Jurisdiction | null {
  const typed = [
    facts.monthlyFee,
    facts.impact?.moneyLost,
    facts.demands?.refundAmount,
    facts.demands?.compensationAmount,
  ].filter((v): v is string => typeof v === 'string');
  const found = new Set(typed.flatMap((v) => MARKS.filter(([re]) => re.test(v)).map(([, j]) => j)));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * The jurisdiction of a case that has no explicit answer: its currency, the amounts' marks, the
 * provider's site, in that order; null when none says (then the letter language decides).
 */
export function derivedJurisdiction(facts: CaseFacts, site?: string): Jurisdiction | null {
  return (
    jurisdictionOfCurrency(facts.currency) ??
    jurisdictionOfAmounts(facts) ??
    jurisdictionOfSite(facts.provider?.website) ??
    jurisdictionOfSite(site)
  );
}

const LANGUAGES: readonly CaseLanguage[] = ['zh-CN', 'en-GB', 'en-US', 'en-EU'];

/** A frame as it arrives in a message: known country and language, a three-letter currency code. */
export function isCaseFrameChoice(value: unknown): value is CaseFrameChoice {
  const v = value as Partial<CaseFrameChoice> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.jurisdiction === 'string' &&
    Object.hasOwn(DEFAULT_CURRENCY, v.jurisdiction) &&
    LANGUAGES.includes(v.language as CaseLanguage) &&
    typeof v.currency === 'string' &&
    /^[A-Z]{3}$/.test(v.currency)
  );
}
