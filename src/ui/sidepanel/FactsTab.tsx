// Facts: every field of the complaint, all optional, saved as the user types. Hints next to the
// fields say what is missing or wrong (from validateCase), so the letter can be completed.
import { useMemo } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { caseFrame, validateCase } from '../../domain/complaint';
import { factsWithCaseDefaults } from '../../domain/letter';
import { systemTimeZone } from '../../domain/time';
import { t } from '../shared/i18n';
import type { Evidence } from '../../domain/evidence';
import { EvidenceSuggestions } from './EvidenceSuggestions';
import { FactsContext } from './FactField';
import { FactsBasics, FactsCase, FactsDemands, FactsIncident, FactsPeople } from './FactsSections';
import type { Workspace } from './useWorkspace';
import { setFact } from './workspaceModel';

interface Props {
  current: CaseWithCount;
  items: readonly Evidence[];
  workspace: Workspace;
}

export function FactsTab({ current, items, workspace }: Props) {
  const { facts, contacts } = workspace;
  const issues = useMemo(
    () => validateCase(factsWithCaseDefaults(current, facts), contacts, Date.now(), systemTimeZone()),
    [current, facts, contacts],
  );
  const binding = {
    facts,
    frame: caseFrame(facts, current.language, current.providerSite),
    issues,
    set: (path: string, value: unknown) => workspace.updateFacts((f) => setFact(f, path, value)),
    flush: workspace.flushFacts,
  };
  const errors = issues.filter((i) => i.severity === 'error').length;
  const missing = issues.length - errors;
  if (!workspace.loaded) return <p class="muted">{t('loading')}</p>;
  return (
    <FactsContext.Provider value={binding}>
      <section aria-labelledby="facts-heading" class="facts">
        <h2 id="facts-heading">{t('factsHeading')}</h2>
        {/* A calm count, never a red box on arrival: the hints sit by the fields they concern. */}
        <p class="muted" data-testid="facts-summary" role="status">
          {errors || missing ? t('factsSummary', missing, errors) : t('factsComplete')}
        </p>
        <EvidenceSuggestions current={current} items={items} workspace={workspace} target="facts" />
        <FactsBasics />
        <FactsCase providerDefault={current.provider} />
        <FactsIncident />
        <FactsDemands />
        <FactsPeople />
      </section>
    </FactsContext.Provider>
  );
}
