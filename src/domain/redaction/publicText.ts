// Text for a public bundle: the user's own details from the case facts (name, phone, e-mail, address,
// account/order/contract numbers) and anything that looks like a phone number, e-mail address,
// 身份证号 or bank card, replaced by the redaction mark.
import type { CaseFacts } from '../complaint/facts';
import { applyTextRedactions, type RedactionSpan, suggestRedactions } from './detect';

/** The personal values in the facts, longest first (so an address is hidden before a shorter value in it). */
export function personalDataOf(facts: CaseFacts): string[] {
  const c = facts.complainant ?? {};
  return [c.name, c.phone, c.email, c.address, facts.accountNumber, facts.orderNumber, facts.contractNumber]
    .map((v) => v?.trim() ?? '')
    .filter((v) => v.length >= 2)
    .sort((a, b) => b.length - a.length);
}

/** `text` with every personal value and detected contact or card number replaced. */
export function withoutPersonalData(text: string, personal: readonly string[]): string {
  const spans: RedactionSpan[] = [];
  const overlaps = (s: RedactionSpan) => spans.some((k) => s.start < k.end && k.start < s.end);
  for (const value of personal)
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
      const span: RedactionSpan = { start: at, end: at + value.length, reason: 'case-number' };
      if (!overlaps(span)) spans.push(span);
    }
  for (const span of suggestRedactions(text)) if (!overlaps(span)) spans.push(span);
  return applyTextRedactions(text, spans);
}
