// The defect classes a lawyer's review found, as checks any drafted letter must pass: doubled words,
// invented contacts, dropped amounts, misquoted law and escalation threatened before it opens.

import { expect } from 'vitest';
import { type CaseFacts, caseFrame, type NumberInput, readAmount } from '../../../../src/domain/complaint/facts';
import { PROVISIONS } from '../../../../src/domain/complaint/provisions';
import type { LetterDraft } from '../../../../src/domain/letter';
import { mentionsAmount } from '../../../../src/domain/letter/format';
import { formatMoney } from '../../../../src/domain/letter/money';

const ZH_DOUBLED = /(将|的|了|已|向|于|在|并|对|被|与|就)\1/;
const EN_DOUBLED = /\b([A-Za-z]+) \1\b/i;

export function doubledWords(text: string): string[] {
  const zh = text.match(ZH_DOUBLED);
  const en = text.match(EN_DOUBLED);
  return [zh?.[0], en?.[0]].filter((m): m is string => Boolean(m));
}

/** Every `规定：“…”` / `provides: ‘…’` quotation is a verified catalogue text, word for word. */
export function misquotedLaw(text: string): string[] {
  const verified = new Set(PROVISIONS.flatMap((p) => (p.status === 'verified' && p.text ? [p.text] : [])));
  const quotes = [
    ...[...text.matchAll(/规定：“([^”]*)”/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/provides: [‘“](.+?)[’”](?=\n| I |$)/g)].map((m) => m[1] ?? ''),
  ];
  const unverifiedQuoted = PROVISIONS.filter((p) => p.status !== 'verified').filter(
    (p) =>
      text.includes(`${p.instrument.zh}${p.article.zh}规定`) ||
      text.includes(`${p.article.en} of ${p.instrument.en} provides`),
  );
  return [...quotes.filter((q) => !verified.has(q)), ...unverifiedQuoted.map((p) => `quoted unverified ${p.id}`)];
}

const INVENTED_REPEAT = /多次|先后|repeatedly|several times|more than once|I have contacted you/;

/** With no contact logged, nothing says the user complained repeatedly or gives a count. */
export function inventedContacts(text: string, providerContacts: number): string[] {
  if (providerContacts > 0) return [];
  const m = text.match(INVENTED_REPEAT);
  return m ? [`claims contacts nobody logged: ${m[0]}`] : [];
}

/** Each amount the user typed is in the letter (formatted), or shown as typed inside a placeholder. */
export function droppedAmounts(draft: LetterDraft, facts: CaseFacts, withImpact: boolean): string[] {
  const frame = caseFrame(facts, draft.language);
  const lang = draft.language === 'zh-CN' ? 'zh' : 'en';
  const fields: [string, NumberInput | undefined, boolean][] = [
    ['refundAmount', facts.demands?.refundAmount, true],
    ['compensationAmount', facts.demands?.compensationAmount, true],
    ['moneyLost', facts.impact?.moneyLost, withImpact],
  ];
  return fields.flatMap(([field, value, shown]) => {
    if (!shown || value === undefined || !String(value).trim()) return [];
    const r = readAmount(value, frame.decimalSeparator);
    if (!r.ok) return draft.text.includes(String(value).trim()) ? [] : [`${field} ${value} dropped`];
    if (r.value <= 0) return [];
    if (field === 'moneyLost' && mentionsAmount(facts.impact?.description, r.value)) return [];
    return draft.text.includes(formatMoney(r.value, frame.currency, lang)) ? [] : [`${field} ${value} missing`];
  });
}

export function assertLetterClasses(draft: LetterDraft, facts: CaseFacts, providerContacts: number, withImpact = true) {
  expect(
    [
      ...doubledWords(draft.text),
      ...misquotedLaw(draft.text),
      ...inventedContacts(draft.text, providerContacts),
      ...droppedAmounts(draft, facts, withImpact),
    ],
    draft.text,
  ).toEqual([]);
  for (const p of draft.placeholders) expect(draft.text).toContain(p);
}
