// Suggested redactions in text the user wants to publish: phone numbers, e-mail addresses, Chinese
// resident ID numbers (身份证号, checksum-checked), bank-card numbers (Luhn-checked) and the case's
// own account/order/contract numbers. Suggestions only: the user accepts or rejects each one.

export type RedactionReason = 'phone' | 'email' | 'id-card' | 'bank-card' | 'case-number';

export interface RedactionSpan {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  reason: RedactionReason;
}

/** GB 11643-1999: weights and check characters of the 18-digit resident ID number. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isValidIdCardNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17]?.toUpperCase();
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const NOT_DIGIT_BEFORE = '(?<![\\dA-Za-z])';
const NOT_DIGIT_AFTER = '(?![\\dA-Za-z])';
const PATTERNS: { reason: RedactionReason; pattern: RegExp; valid?: (match: string) => boolean }[] = [
  {
    reason: 'id-card',
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}\\d{17}[\\dXx]${NOT_DIGIT_AFTER}`, 'g'),
    valid: isValidIdCardNumber,
  },
  {
    reason: 'bank-card',
    // 13–19 digits, written together or in groups of 4 separated by spaces or hyphens.
    pattern: new RegExp(
      `${NOT_DIGIT_BEFORE}(?:\\d{4}[ -]){2,4}\\d{1,4}${NOT_DIGIT_AFTER}|` +
        `${NOT_DIGIT_BEFORE}\\d{13,19}${NOT_DIGIT_AFTER}`,
      'g',
    ),
    valid: (m) => {
      const digits = m.replace(/[ -]/g, '');
      return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits);
    },
  },
  { reason: 'email', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  {
    reason: 'phone',
    // Chinese mobiles (+86 optional, 3-4-4 groups allowed), landlines with area code, and +country numbers.
    pattern: new RegExp(
      `${NOT_DIGIT_BEFORE}(?:(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}` + // mobile
        '|0\\d{2,3}-\\d{7,8}' + // landline with area code
        `|\\+\\d{1,3}(?:[ -]?\\(?\\d{1,4}\\)?){2,4}\\d)${NOT_DIGIT_AFTER}`, // +country
      'g',
    ),
  },
];

function literalSpans(text: string, literals: readonly string[]): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const literal of new Set(literals.map((l) => l.trim()).filter((l) => l.length >= 3))) {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length))
      spans.push({ start: at, end: at + literal.length, reason: 'case-number' });
  }
  return spans;
}

/**
 * Suggested spans in text order, never overlapping: where two kinds match the same characters the
 * earlier-listed wins (case numbers, then ID, bank card, e-mail, phone).
 */
export function suggestRedactions(text: string, caseNumbers: readonly string[] = []): RedactionSpan[] {
  const found: RedactionSpan[] = literalSpans(text, caseNumbers);
  for (const { reason, pattern, valid } of PATTERNS)
    for (const m of text.matchAll(pattern)) {
      if (m.index === undefined || (valid && !valid(m[0]))) continue;
      found.push({ start: m.index, end: m.index + m[0].length, reason });
    }
  const kept: RedactionSpan[] = [];
  for (const span of found) if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export const REDACTION_MARK = '■■■■';

/** The text with each span replaced by a fixed mark (so the length of what was hidden is not shown). */
export function applyTextRedactions(text: string, spans: readonly RedactionSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length || s.end <= s.start)
      throw new Error('Redaction spans overlap or fall outside the text');
    out += text.slice(at, s.start) + REDACTION_MARK;
    at = s.end;
  }
  return out + text.slice(at);
}
