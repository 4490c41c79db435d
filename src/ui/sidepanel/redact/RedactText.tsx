// Redacting a transcript or selection: the suggested spans (phone, e-mail, 身份证号, bank card, the
// case's numbers), each accepted by ticking it, a preview of the copy, and Save.
import { useEffect, useState } from 'preact/hooks';
import type { Evidence } from '../../../domain/evidence';
import { applyTextRedactions, type RedactionReason, type RedactionSpan } from '../../../domain/redaction/detect';
import { request } from '../../../messaging/client';
import { describeError } from '../../shared/errors';
import { type MessageKey, t } from '../../shared/i18n';
import { RedactStatus, useRedactSave } from './RedactButton';

const REASON: Record<RedactionReason, MessageKey> = {
  phone: 'redactReasonPhone',
  email: 'redactReasonEmail',
  'id-card': 'redactReasonIdCard',
  'bank-card': 'redactReasonBankCard',
  'case-number': 'redactReasonCaseNumber',
};

export function RedactText({ item }: { item: Evidence }) {
  const [source, setSource] = useState<{ text: string; suggestions: RedactionSpan[] } | null>(null);
  const [accepted, setAccepted] = useState<Set<number>>(new Set());
  const { state, setState, save } = useRedactSave(item.id);
  useEffect(() => {
    void request('redact/text', { evidenceId: item.id }).then(setSource, (e) => setState({ error: describeError(e) }));
  }, [item.id]);
  if (!source) return <RedactStatus state={state} />;
  const spans = source.suggestions.filter((_, i) => accepted.has(i));
  const toggle = (i: number, on: boolean) =>
    setAccepted((s) => new Set(on ? [...s, i] : [...s].filter((x) => x !== i)));
  return (
    <div class="redact-text">
      <fieldset>
        <legend>{t('redactSuggestions')}</legend>
        {source.suggestions.length === 0 && <p class="muted">{t('redactNone')}</p>}
        {source.suggestions.map((s, i) => (
          <label key={`${s.start}-${s.end}`} class="check">
            <input type="checkbox" checked={accepted.has(i)} onChange={(e) => toggle(i, e.currentTarget.checked)} />
            {t(REASON[s.reason])}: <code>{source.text.slice(s.start, s.end)}</code>
          </label>
        ))}
        {source.suggestions.length > 1 && (
          <button type="button" onClick={() => setAccepted(new Set(source.suggestions.map((_, i) => i)))}>
            {t('redactAcceptAll')}
          </button>
        )}
      </fieldset>
      <h3>{t('redactPreview')}</h3>
      <pre class="redact-preview" data-testid="redact-preview">
        {applyTextRedactions(source.text, spans)}
      </pre>
      <button
        type="button"
        class="primary"
        onClick={() => save({ spans })}
        disabled={state === 'saving' || state === 'saved'}
      >
        {t('redactSave')}
      </button>
      <RedactStatus state={state} />
    </div>
  );
}
