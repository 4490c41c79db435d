// The next rung of the complaint ladder and the earliest date it opens (suggestEscalation).
import { type CaseFacts, type EscalationSuggestion, regulatorName, regulatorRule } from '../../domain/complaint';
import { languageOfLocale } from '../../domain/language';
import { type MessageKey, t, uiLanguage } from '../shared/i18n';

const STEP: Record<EscalationSuggestion['step'], MessageKey> = {
  'complain-to-provider': 'timelineStepProvider',
  'follow-up': 'timelineStepFollowUp',
  manager: 'timelineStepManager',
  regulator: 'timelineStepRegulator',
  'legal-action': 'timelineStepLegal',
};

const REASON: Record<EscalationSuggestion['reason'], MessageKey> = {
  'no-contact-yet': 'timelineReasonNoContact',
  'promise-overdue': 'timelineReasonPromiseOverdue',
  'reply-overdue': 'timelineReasonReplyOverdue',
  'waiting-period': 'timelineReasonWaiting',
  'waiting-period-over': 'timelineReasonWaitingOver',
  'deadlock-letter': 'timelineReasonDeadlock',
  'regulator-contacted': 'timelineReasonRegulatorContacted',
  'time-limit-passed': 'timelineReasonTimeLimit',
};

export function EscalationCard({
  suggestion,
  facts,
  onDraft,
}: {
  suggestion: EscalationSuggestion;
  facts: CaseFacts;
  onDraft: (template: EscalationSuggestion['template']) => void;
}) {
  const rule = suggestion.regulator ? regulatorRule(suggestion.regulator) : null;
  const body = rule
    ? regulatorName(rule, languageOfLocale(uiLanguage()), facts.usState, facts.adrScheme, facts.provider?.address)
    : '';
  return (
    <div class="card next-step" data-testid="next-step">
      <h3>{t('timelineNextStep')}</h3>
      <p>
        <strong>{t(STEP[suggestion.step], body)}</strong>
      </p>
      <p>{suggestion.ready ? t('timelineOpenNow') : t('timelineOpensOn', suggestion.earliestDate)}</p>
      <p class="muted">{t(REASON[suggestion.reason])}</p>
      {suggestion.latestDate && <p class="muted">{t('timelineLatest', suggestion.latestDate)}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={() => onDraft(suggestion.template)}>
          {t('timelineDraftLetter')}
        </button>
      </div>
    </div>
  );
}
