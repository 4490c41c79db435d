// Creating a case, or renaming the open one: a title and the provider.
import { useEffect } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';
import { CaseTitleFields, useCaseTitleForm } from '../shared/CaseTitleFields';

export function CaseEditor({ editing, onDone }: { editing: CaseWithCount | null; onDone: () => void }) {
  const form = useCaseTitleForm(editing ?? { title: '', provider: '' }, async (title, provider) => {
    if (editing) await request('case/rename', { caseId: editing.id, title, provider });
    else await request('case/create', { title, provider, providerSite: '' });
    onDone();
  });
  useEffect(() => form.fields.titleRef.current?.focus(), []);

  return (
    <form class="case-editor card" onSubmit={form.submit} aria-labelledby="case-editor-heading">
      <h2 id="case-editor-heading">{editing ? t('caseListRenameHeading') : t('newCaseHeading')}</h2>
      <CaseTitleFields idPrefix="ws-case" {...form.fields} />
      {form.error && (
        <p class="status error" role="alert">
          {form.error}
        </p>
      )}
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
