// The legal basis the letter cites: the jurisdiction's default list, edited by the user. Additions
// come only from the catalogue (legalBasis.ts), so no article number is ever made up.
import type { CaseWithCount } from '../../domain/case';
import { languageOfCase } from '../../domain/language';
import { defaultLegalBasis, jurisdictionOf, type LegalBasisItem, legalBasisCatalogue } from '../../domain/complaint';
import { t } from '../shared/i18n';
import type { Workspace } from './useWorkspace';

export function LegalBasisEditor({ current, workspace }: { current: CaseWithCount; workspace: Workspace }) {
  const { facts } = workspace;
  const language = languageOfCase(facts.language ?? current.language);
  const jurisdiction = jurisdictionOf(facts, current.language, current.providerSite);
  const list = facts.legalBasis ?? defaultLegalBasis(jurisdiction, facts.problemType, facts.sector, language, facts);
  const catalogue = legalBasisCatalogue(jurisdiction, language).filter((c) => !list.some((l) => l.id === c.id));
  const store = (next: LegalBasisItem[] | undefined) => {
    workspace.updateFacts(({ legalBasis: _old, ...rest }) => (next ? { ...rest, legalBasis: next } : rest));
    workspace.flushFacts();
  };
  return (
    <section class="card legal-basis" aria-labelledby="legal-heading">
      <h3 id="legal-heading">{t('letterLegalHeading')}</h3>
      {list.length === 0 && <p class="muted">{t('letterLegalNone')}</p>}
      <ul>
        {list.map((item) => (
          <li key={item.id}>
            <span>{item.citation}</span>
            <button
              type="button"
              class="small"
              onClick={() => store(list.filter((l) => l.id !== item.id))}
              aria-label={t('letterLegalRemove', item.citation)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      {catalogue.length > 0 && (
        <div class="field">
          <label for="legal-add">{t('letterLegalAdd')}</label>
          <select
            id="legal-add"
            value=""
            onChange={(e) => {
              const add = catalogue.find((c) => c.id === e.currentTarget.value);
              if (add) store([...list, add]);
            }}
          >
            <option value="">{t('letterLegalPick')}</option>
            {catalogue.map((c) => (
              <option key={c.id} value={c.id}>
                {c.citation}
              </option>
            ))}
          </select>
        </div>
      )}
      {facts.legalBasis && (
        <button type="button" onClick={() => store(undefined)}>
          {t('letterLegalReset')}
        </button>
      )}
    </section>
  );
}
