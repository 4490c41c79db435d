// Sums of money as chats and pages write them, in any locale: ¥1,200.50, €29,99, 1.200,50 元,
// $49.99, RMB 86, 86元. Each is read once into a number with its currency, so a Facts field gets the
// figure in the case's own number format whatever the chat used.

export interface FoundAmount {
  /** The text as written, e.g. `1.200,50 元`. */
  raw: string;
  value: number;
  /** ISO 4217, when a sign or word names it. */
  currency?: string;
  /** Where `raw` starts in the text. */
  index: number;
}

const CURRENCY: [RegExp, string][] = [
  [/^(?:[¥￥]|元|rmb|cny|块)$/i, 'CNY'],
  [/^(?:€|eur|euros?)$/i, 'EUR'],
  [/^(?:£|gbp)$/i, 'GBP'],
  [/^(?:\$|usd|us\$|dollars?)$/i, 'USD'],
];
const BEFORE = String.raw`(¥|￥|€|£|US\$|\$|RMB|CNY|EUR|GBP|USD)\s?`;
const FIGURE = String.raw`(\d{1,3}(?:[,.\s\u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)`;
const AFTER = String.raw`\s?(元|块|RMB|CNY|EUR|GBP|USD|euros?|dollars?|€)`;
const AMOUNT = new RegExp(`${BEFORE}${FIGURE}|${FIGURE}${AFTER}(?![A-Za-z])`, 'gi');

function currencyOf(mark: string | undefined): string | undefined {
  const m = mark?.trim();
  return m ? CURRENCY.find(([re]) => re.test(m))?.[1] : undefined;
}

/**
 * The figure as a number. The last `.` or `,` followed by one or two digits is the decimal mark;
 * every other separator groups thousands (`1.200,50` → 1200.5, `1,200` → 1200, `29,99` → 29.99).
 */
export function readFigure(figure: string): number | null {
  const s = figure.replace(/[\s\u00a0]/g, '');
  const m = /^(.*?)(?:([.,])(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const [, whole = '', , cents] = m;
  if (!/^\d{1,3}(?:[.,]\d{3})*$|^\d+$/.test(whole)) return null;
  const n = Number(`${whole.replace(/[.,]/g, '')}${cents ? `.${cents}` : ''}`);
  return Number.isFinite(n) ? n : null;
}

/** Every sum of money in `text` that names its currency, in order. */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [raw, before, figure1, figure2, after] = m;
    const value = readFigure(figure1 ?? figure2 ?? '');
    if (value === null || value <= 0) continue;
    const currency = currencyOf(before ?? after);
    found.push({ raw: raw.trim(), value, ...(currency ? { currency } : {}), index: m.index ?? 0 });
  }
  return found;
}

/** A number as the case types amounts: `1200.50` (point) or `1200,50` (comma), whole sums without cents. */
export function amountAsTyped(value: number, separator: 'point' | 'comma'): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return separator === 'comma' ? text.replace('.', ',') : text;
}
