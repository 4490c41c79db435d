// The chat messages quoted in the letter (Quote in letter, in the transcript viewer), each with its
// citation and a button to take it out again.
import type { Exhibit } from '../../domain/complaint';
import { languageOfLocale } from '../../domain/language';
import { messageCitation, removeQuotation } from '../../domain/letter';
import { t, uiLanguage } from '../shared/i18n';
import type { Workspace } from './useWorkspace';

export function QuotationList({ exhibits, workspace }: { exhibits: readonly Exhibit[]; workspace: Workspace }) {
  const quotations = workspace.facts.quotations ?? [];
  if (!quotations.length) return null;
  const numbers = new Map(exhibits.map((x) => [x.evidenceId, x.number]));
  const lang = languageOfLocale(uiLanguage());
  return (
    <section class="card quotations" aria-labelledby="quotations-heading">
      <h3 id="quotations-heading">{t('quotesHeading')}</h3>
      <ul>
        {quotations.map((q) => {
          const number = numbers.get(q.evidenceId);
          const cite = number ? messageCitation(number, q.messageIndex, lang) : t('quotesLeftOut');
          return (
            <li key={q.id} data-testid="quotation">
              <div class="suggestion-text">
                <q>{q.text}</q>
                <div class="muted suggestion-source">{[q.author, q.time, cite].filter(Boolean).join(' · ')}</div>
              </div>
              <button
                type="button"
                class="small"
                aria-label={t('quoteRemoveNamed', q.messageIndex + 1)}
                onClick={() => workspace.updateFacts((f) => removeQuotation(f, q.id))}
              >
                {t('quoteRemove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
