// Creating a case, or renaming the open one: a title and the provider.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';

export function CaseEditor({ editing, onDone }: { editing: CaseWithCount | null; onDone: () => void }) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [provider, setProvider] = useState(editing?.provider ?? '');
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => titleInput.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('caseTitleRequired'));
      titleInput.current?.focus();
      return;
    }
    try {
      if (editing) await request('case/rename', { caseId: editing.id, title, provider });
      else await request('case/create', { title, provider, providerSite: '' });
      onDone();
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <form class="case-editor card" onSubmit={submit} aria-labelledby="case-editor-heading">
      <h2 id="case-editor-heading">{editing ? t('caseListRenameHeading') : t('newCaseHeading')}</h2>
      <div class="field">
        <label for="ws-case-title">{t('caseTitleLabel')}</label>
        <input id="ws-case-title" ref={titleInput} value={title} maxLength={200} placeholder={t('caseTitlePlaceholder')} onInput={(e) => setTitle(e.currentTarget.value)} aria-invalid={error ? true : undefined} />
      </div>
      <div class="field">
        <label for="ws-case-provider">{t('providerLabel')}</label>
        <input id="ws-case-provider" value={provider} maxLength={200} placeholder={t('providerPlaceholder')} onInput={(e) => setProvider(e.currentTarget.value)} />
      </div>
      {error && <p class="status error" role="alert">{error}</p>}
      <div class="actions">
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary">
          {editing ? t('caseListSave') : t('createCase')}
        </button>
      </div>
    </form>
  );
}
