// Suggestions from the evidence as a short list: what was found, where (exhibit and message), and
// one button to use it and one to dismiss it.
import type { EvidenceSuggestion, SuggestionKind } from '../../domain/suggestions';
import { type MessageKey, t } from '../shared/i18n';

export const KIND_LABEL: Record<SuggestionKind, MessageKey> = {
  ticket: 'suggestKindTicket',
  agent: 'suggestKindAgent',
  promise: 'suggestKindPromise',
  amount: 'suggestKindAmount',
  'error-code': 'suggestKindErrorCode',
  'order-number': 'suggestKindOrderNumber',
  'account-number': 'suggestKindAccountNumber',
};

interface Props {
  suggestions: readonly EvidenceSuggestion[];
  /** "from E02, message 10" for each suggestion. */
  cite: (s: EvidenceSuggestion) => string;
  /** Extra detail: a promise's deadline, the field a sum goes into. */
  detail: (s: EvidenceSuggestion) => string;
  onUse: (s: EvidenceSuggestion) => void;
  onDismiss: (s: EvidenceSuggestion) => void;
}

/** After a row is used or dismissed it goes: the focus moves to the next row, not to the page. */
function keepFocus(event: Event): void {
  const row = (event.currentTarget as HTMLElement).closest('li');
  const next = row?.nextElementSibling ?? row?.previousElementSibling;
  next?.querySelector('button')?.focus();
}

export function SuggestionList({ suggestions, cite, detail, onUse, onDismiss }: Props) {
  if (!suggestions.length) return null;
  return (
    <section class="card suggestions" aria-labelledby="suggestions-heading" data-testid="suggestions">
      <h3 id="suggestions-heading">{t('suggestHeading')}</h3>
      <ul>
        {suggestions.map((s) => {
          const kind = t(KIND_LABEL[s.kind]);
          const more = detail(s);
          return (
            <li key={s.key} data-testid="suggestion" data-kind={s.kind}>
              <div class="suggestion-text">
                <span class="muted">{kind}</span> <strong class="suggestion-value">{s.value}</strong>
                {more && <span> · {more}</span>}
                <div class="muted suggestion-source">{cite(s)}</div>
              </div>
              <div class="actions">
                <button
                  type="button"
                  class="small"
                  onClick={(e) => {
                    keepFocus(e);
                    onDismiss(s);
                  }}
                  aria-label={t('suggestDismissNamed', kind, s.value)}
                >
                  {t('suggestDismiss')}
                </button>
                <button
                  type="button"
                  class="small primary"
                  onClick={(e) => {
                    keepFocus(e);
                    onUse(s);
                  }}
                  aria-label={t('suggestUseNamed', kind, s.value)}
                >
                  {t('suggestUse')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
