// Creating a case, or renaming the open one: a title and the provider.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { CaseTitleFields } from '../shared/CaseTitleFields';

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
      <CaseTitleFields idPrefix="ws-case" title={title} provider={provider} onTitle={setTitle} onProvider={setProvider} titleRef={titleInput} invalid={!!error} />
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
