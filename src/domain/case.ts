// A complaint case: the folder every capture lands in. Facts beyond title and provider arrive
// with the workspace (side panel); captures must work before the user has made any case.

export type CaseLanguage = 'zh-CN' | 'en-GB' | 'en-US' | 'en-EU';

export interface Case {
  id: string;
  title: string;
  /** Who the complaint is against, as the user names it (prefilled from the site's domain). */
  provider: string;
  /** The site the case was started from, if any: `cloud.example.com`. */
  providerSite: string;
  language: CaseLanguage;
  createdAt: string;
  updatedAt: string;
}

/** A case with how many evidence items it holds (for the switcher and the badge). */
export interface CaseWithCount extends Case {
  itemCount: number;
}

/** Captures made before the user creates a case go here; it is a real case they can rename. */
export const DEFAULT_CASE_ID = 'default';

export function caseLanguageFor(uiLanguage: string): CaseLanguage {
  const lang = uiLanguage.toLowerCase().replace('_', '-');
  if (lang.startsWith('zh')) return 'zh-CN';
  if (lang === 'en-us') return 'en-US';
  return 'en-GB';
}

const SECOND_LEVEL_SUFFIXES = new Set([
  'com.cn',
  'net.cn',
  'org.cn',
  'gov.cn',
  'co.uk',
  'org.uk',
  'ac.uk',
  'com.au',
  'co.jp',
  'com.hk',
  'com.tw',
]);

/** The site a page belongs to, without `www.`: `https://www.cloud.example.co.uk/x` → `cloud.example.co.uk`. */
export function siteOf(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return '';
    return hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A provider name guessed from a URL's registrable domain: `help.ctyun.cn` → `ctyun.cn`. */
export function providerFromUrl(url: string): string {
  const site = siteOf(url);
  if (!site || /^[\d.]+$/.test(site) || site.includes(':') || !site.includes('.')) return site;
  const labels = site.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = SECOND_LEVEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** A file-name-friendly slug that keeps CJK readable: `天翼云电脑 断连 (11月)` → `天翼云电脑-断连-11月`. */
export function caseSlug(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = Array.from(slug).slice(0, maxLength).join('').replace(/-+$/, '');
  return cut || 'case';
}

export function newCase(fields: {
  id: string;
  title: string;
  provider: string;
  providerSite?: string;
  language: CaseLanguage;
  now: string;
}): Case {
  return {
    id: fields.id,
    title: fields.title.trim(),
    provider: fields.provider.trim(),
    providerSite: fields.providerSite ?? '',
    language: fields.language,
    createdAt: fields.now,
    updatedAt: fields.now,
  };
}
