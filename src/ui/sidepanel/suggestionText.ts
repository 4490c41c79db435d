// How a suggestion from the evidence is described in the panel: where it was found ("from E02,
// message 10") and what else to know (a promise's deadline, the Facts field a sum goes into).
import { parseInstant } from '../../domain/complaint';
import type { AmountField, EvidenceSuggestion } from '../../domain/suggestions';
import { formatCaptureTime, type MessageKey, t } from '../shared/i18n';

const FIELD_LABEL: Record<AmountField, MessageKey> = {
  'impact.moneyLost': 'factsMoneyLost',
  'demands.refundAmount': 'factsRefundAmount',
  'demands.compensationAmount': 'factsCompensationAmount',
  monthlyFee: 'factsMonthlyFee',
};

/** `numbers`: exhibit number by evidence id (items left out of the letter have none). */
export function suggestionSource({ source }: EvidenceSuggestion, numbers: ReadonlyMap<string, string>): string {
  const n = numbers.get(source.evidenceId);
  if (!n) return t('suggestFromLeftOut');
  return source.messageIndex === undefined
    ? t('suggestFromItem', n)
    : t('suggestFromMessage', n, source.messageIndex + 1);
}

export function suggestionDetail(s: EvidenceSuggestion, zone: string): string {
  const due = parseInstant(s.deadline, zone);
  if (due !== null) return t('suggestDue', formatCaptureTime(due, zone, true, false));
  return s.amount ? t('suggestInto', t(FIELD_LABEL[s.amount.field])) : '';
}
