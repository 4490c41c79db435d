// Money as each letter language writes it: `¥1,280.00`, `£12.50`, `$12.50`, `€12.50` in English;
// `人民币 1,280.00 元`, `12.50 英镑` in Chinese.

import type { Language } from '../language';

const EN_SYMBOL: Record<string, string> = { CNY: '¥', GBP: '£', USD: '$', EUR: '€' };
const ZH_PREFIX: Record<string, string> = { CNY: '人民币' };
const ZH_SUFFIX: Record<string, string> = {
  CNY: '元',
  USD: '美元',
  GBP: '英镑',
  EUR: '欧元',
  HKD: '港元',
  JPY: '日元',
};

/** `1,280.00`: grouping and two decimals regardless of the letter's locale. */
export function formatAmount(amount: number, digits = 2): string {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    amount,
  );
}

/** `digits` above 2 for small rates such as a daily interest figure (`£0.0048`). */
export function formatMoney(amount: number, currency: string, language: Language, digits = 2): string {
  const code = currency.trim().toUpperCase() || 'CNY';
  const sign = amount < 0 ? '-' : '';
  const figure = formatAmount(Math.abs(amount), digits);
  if (language === 'en') {
    const symbol = EN_SYMBOL[code];
    return symbol ? `${sign}${symbol}${figure}` : `${sign}${code} ${figure}`;
  }
  const prefix = ZH_PREFIX[code];
  const suffix = ZH_SUFFIX[code];
  if (prefix && suffix) return `${prefix} ${sign}${figure} ${suffix}`;
  return suffix ? `${sign}${figure} ${suffix}` : `${sign}${figure} ${code}`;
}

/** Hours as a figure without trailing zeros: `26`, `2.5`. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
