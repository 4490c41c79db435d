// Firefox (and Chromium's "site access" menu) let users take back Proofpack's access to websites.
// When it is missing, the popup says what it is for and asks for it from the click (permissions.request
// needs the user's gesture); meanwhile the toolbar click's activeTab still lets the current tab be captured.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

export const ALL_SITES = { origins: ['<all_urls>'] };

type Access = 'checking' | 'granted' | 'missing' | 'refused';

export function SiteAccess() {
  const [access, setAccess] = useState<Access>('checking');
  useEffect(() => {
    const check = () =>
      void browser.permissions.contains(ALL_SITES).then(
        (has) => setAccess((a) => (has ? 'granted' : a === 'refused' ? a : 'missing')),
        () => setAccess('missing'),
      );
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  if (access === 'checking' || access === 'granted') return null;

  const ask = () => {
    // Called straight from the click, before any await: Firefox refuses it outside a user gesture.
    browser.permissions.request(ALL_SITES).then(
      (granted) => setAccess(granted ? 'granted' : 'refused'),
      () => setAccess('refused'),
    );
  };
  return (
    <section class="site-access" data-testid="site-access" aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">{t('siteAccessHeading')}</h2>
      <p>{t('siteAccessExplain')}</p>
      <button type="button" class="primary" onClick={ask}>
        {t('siteAccessAllow')}
      </button>
      {/* The user's own choice, said plainly: not an error. */}
      {access === 'refused' && (
        <p class="status note" role="status">
          {t('siteAccessRefused')}
        </p>
      )}
    </section>
  );
}
