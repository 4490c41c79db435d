// Shows the case captures go to; switch to another or start a new one.
import { useState } from 'preact/hooks';
import { request } from '../../messaging/client';
import type { CaseWithCount } from '../../domain/case';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { NewCaseForm } from './NewCaseForm';

interface Props {
  current: CaseWithCount;
  cases: CaseWithCount[];
  onChanged: () => Promise<void>;
}

export function CaseSwitcher({ current, cases, onChanged }: Props) {
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const switchTo = async (caseId: string) => {
    try {
      await request('case/switch', { caseId });
      await onChanged();
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <section>
      <div class="case-row">
        <div class="field">
          <label for="case-select">{t('caseLabel')}</label>
          <select id="case-select" value={current.id} onChange={(e) => switchTo(e.currentTarget.value)}>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.provider ? `${c.title} · ${c.provider}` : c.title}
              </option>
            ))}
          </select>
        </div>
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            {t('newCase')}
          </button>
        )}
      </div>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      {creating && (
        <NewCaseForm
          onDone={async (created) => {
            setCreating(false);
            if (created) await onChanged();
          }}
        />
      )}
    </section>
  );
}
