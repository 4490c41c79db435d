// Creating a case: a title and the provider, prefilled from the site the user is on.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { providerFromUrl, siteOf } from '../../domain/case';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';

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
      <div class="field">
        <label for="case-title">{t('caseTitleLabel')}</label>
        <input id="case-title" ref={titleInput} value={title} maxLength={200} placeholder={t('caseTitlePlaceholder')} onInput={(e) => setTitle(e.currentTarget.value)} aria-invalid={error ? true : undefined} />
      </div>
      <div class="field">
        <label for="case-provider">{t('providerLabel')}</label>
        <input id="case-provider" value={provider} maxLength={200} placeholder={t('providerPlaceholder')} onInput={(e) => setProvider(e.currentTarget.value)} />
      </div>
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
