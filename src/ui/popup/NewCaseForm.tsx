// Creating a case: a title and the provider, prefilled from the site the user is on.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { providerFromUrl, siteOf } from '../../domain/case';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { CaseTitleFields } from '../shared/CaseTitleFields';

export function NewCaseForm({ onDone }: { onDone: (created: boolean) => void }) {
  const [title, setTitle] = useState('');
  const [provider, setProvider] = useState('');
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titleInput.current?.focus();
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => {
      const url = tab?.url ?? '';
      setSite(siteOf(url));
      setProvider((p) => p || providerFromUrl(url));
    });
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('caseTitleRequired'));
      titleInput.current?.focus();
      return;
    }
    try {
      await request('case/create', { title, provider, providerSite: site });
      onDone(true);
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <form class="new-case" onSubmit={submit} aria-labelledby="new-case-heading">
      <h2 id="new-case-heading">{t('newCaseHeading')}</h2>
      <CaseTitleFields idPrefix="case" title={title} provider={provider} onTitle={setTitle} onProvider={setProvider} titleRef={titleInput} invalid={!!error} />
      {error && <p class="status error" role="alert">{error}</p>}
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
