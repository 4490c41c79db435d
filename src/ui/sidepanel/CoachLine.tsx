// The case coach: one calm line at the top of the panel with the next step (caseCoach) and a
// button to the tab where it is done.
import { useMemo } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import {
  type CaseFacts,
  COACH_TARGET,
  type CoachStep,
  caseCoach,
  caseTimeZone,
  regulatorName,
  regulatorRule,
} from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import { languageOfLocale } from '../../domain/language';
import { factsWithCaseDefaults } from '../../domain/letter';
import { systemTimeZone } from '../../domain/time';
import { formatDay, type MessageKey, t, uiLanguage } from '../shared/i18n';
import type { PanelTab } from './TabBar';
import type { Workspace } from './useWorkspace';

const GO: Record<PanelTab, MessageKey> = {
  evidence: 'coachGoEvidence',
  facts: 'coachGoEvidence',
  contacts: 'coachGoContacts',
  timeline: 'coachGoTimeline',
  letter: 'coachGoLetter',
};

function coachText(step: CoachStep, facts: CaseFacts): string {
  switch (step.kind) {
    case 'capture':
      return t('coachCapture');
    case 'log-contacts':
      return t('coachLogContacts');
    case 'send-letter':
      return t('coachSendLetter');
    case 'follow-up':
      return t('coachFollowUp');
    case 'legal-action':
      return step.replyBy ? t('coachLegalAfter', formatDay(step.replyBy)) : t('coachLegal');
    case 'escalate': {
      const rule = regulatorRule(step.regulator);
      const body = rule ? regulatorName(rule, languageOfLocale(uiLanguage()), facts.usState, facts.adrScheme) : '';
      return step.open ? t('coachEscalateNow', body) : t('coachEscalate', body, formatDay(step.date));
    }
  }
}

interface Props {
  current: CaseWithCount;
  items: readonly Evidence[];
  workspace: Workspace;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
}

export function CoachLine({ current, items, workspace, tab, onTab }: Props) {
  const { facts, contacts } = workspace;
  const step = useMemo(() => {
    const zone = caseTimeZone(facts, systemTimeZone());
    const withDefaults = factsWithCaseDefaults(current, facts);
    return caseCoach({ evidenceCount: items.length, facts: withDefaults, contacts, now: Date.now(), timeZone: zone });
  }, [current, items.length, facts, contacts]);
  if (!workspace.loaded) return null;
  const target = COACH_TARGET[step.kind];
  return (
    <p class="coach" data-testid="coach" data-step={step.kind}>
      <span class="coach-label">{t('coachLabel')}</span> <span>{coachText(step, facts)}</span>
      {target !== tab && (
        <button type="button" class="small coach-go" onClick={() => onTab(target)}>
          {t(GO[target])}
        </button>
      )}
    </p>
  );
}
