// Creating a case, or renaming the open one: a title, the provider, and its country, currency and language.
import { useEffect } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';
import { CaseTitleFields, useCaseTitleForm } from '../shared/CaseTitleFields';
import { CaseFrameFields, prefillLanguage, useCaseFrameChoice } from '../shared/CaseFrameFields';
import { caseFrame, suggestCaseFrame } from '../../domain/complaint';

export function CaseEditor({ editing, onDone }: { editing: CaseWithCount | null; onDone: () => void }) {
  const frame = useCaseFrameChoice(suggestCaseFrame(editing?.providerSite ?? '', prefillLanguage()));
  const form = useCaseTitleForm(editing ?? { title: '', provider: '' }, async (title, provider) => {
    if (editing) await request('case/rename', { caseId: editing.id, title, provider, frame: frame.frame });
    else await request('case/create', { title, provider, providerSite: '', frame: frame.frame });
    onDone();
  });
  useEffect(() => {
    form.fields.titleRef.current?.focus();
    if (!editing) return;
    void request('workspace/get', { caseId: editing.id }).then(({ facts }) => {
      const { jurisdiction, currency, language } = caseFrame(facts, editing.language, editing.providerSite);
      frame.prefill({ jurisdiction, currency, language });
    });
  }, []);

  return (
    <form class="case-editor card" onSubmit={form.submit} aria-labelledby="case-editor-heading">
      <h2 id="case-editor-heading">{editing ? t('caseListRenameHeading') : t('newCaseHeading')}</h2>
      <CaseTitleFields idPrefix="ws-case" {...form.fields} />
      <CaseFrameFields idPrefix="ws-case" frame={frame.frame} onFrame={frame.onFrame} />
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
