// Creating a case: a title and the provider, prefilled from the site the user is on.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { providerFromUrl, siteOf } from '../../domain/case';
import { suggestCaseFrame } from '../../domain/complaint/framePrefill';
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';
import { CaseTitleFields, useCaseTitleForm } from '../shared/CaseTitleFields';
import { CaseFrameFields, prefillLanguage, useCaseFrameChoice } from '../shared/CaseFrameFields';

export function NewCaseForm({ onDone }: { onDone: (created: boolean) => void }) {
  const [site, setSite] = useState('');
  const frame = useCaseFrameChoice(suggestCaseFrame('', prefillLanguage()));
  const form = useCaseTitleForm({ title: '', provider: '' }, async (title, provider) => {
    await request('case/create', { title, provider, providerSite: site, frame: frame.frame });
    onDone(true);
  });

  useEffect(() => {
    form.fields.titleRef.current?.focus();
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => {
      const url = tab?.url ?? '';
      setSite(siteOf(url));
      frame.prefill(suggestCaseFrame(siteOf(url), prefillLanguage()));
      form.setProvider((p) => p || providerFromUrl(url));
    });
  }, []);

  return (
    <form class="new-case" onSubmit={form.submit} aria-labelledby="new-case-heading">
      <h2 id="new-case-heading">{t('newCaseHeading')}</h2>
      <CaseTitleFields idPrefix="case" {...form.fields} />
      <CaseFrameFields idPrefix="case" frame={frame.frame} onFrame={frame.onFrame} />
      {form.error && (
        <p class="status error" role="alert">
          {form.error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => onDone(false)}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary">
          {t('createCase')}
        </button>
      </div>
    </form>
  );
}
