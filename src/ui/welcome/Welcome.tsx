// The first-run page, opened once on install: the three moments of using Proofpack, the keyboard
// shortcut the browser really assigned, and what stays on this computer. An extension page; no network.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Locale } from '../../domain/language';
import { browserUiLanguage, setUiLanguage, t } from '../shared/i18n';

/** The manifest's suggested key, shown if the browser does not say (or the user cleared it). */
const DEFAULT_SHORTCUT = 'Alt+Shift+S';

export function Welcome() {
  const [language, setLanguage] = useState<Locale>(browserUiLanguage());
  const [shortcut, setShortcut] = useState(DEFAULT_SHORTCUT);
  useEffect(() => {
    void browser.commands.getAll().then(
      (all) => setShortcut(all.find((c) => c.name === 'capture-screenshot')?.shortcut || DEFAULT_SHORTCUT),
      () => undefined,
    );
  }, []);
  setUiLanguage(language);
  document.title = t('welcomeTitle');
  const other: Locale = language === 'zh_CN' ? 'en' : 'zh_CN';
  return (
    <main class="welcome" key={language}>
      <header>
        <img src="/icons/icon-48.png" alt="" width={48} height={48} />
        <h1>{t('welcomeTitle')}</h1>
        <button type="button" lang={other === 'en' ? 'en' : 'zh-CN'} onClick={() => setLanguage(other)}>
          {other === 'en' ? 'English' : '中文'}
        </button>
      </header>
      <p class="lead">{t('welcomeLead')}</p>
      <ol class="moments">
        <li>
          <h2>{t('welcomeShotHeading')}</h2>
          <p>{t('welcomeShotBody')}</p>
          <p>
            {t('welcomeShortcut')} <kbd>{shortcut}</kbd>
          </p>
        </li>
        <li>
          <h2>{t('welcomeChatHeading')}</h2>
          <p>{t('popupCaptureChatHint')}</p>
          <p>{t('popupRecordChatHint')}</p>
        </li>
        <li>
          <h2>{t('welcomePanelHeading')}</h2>
          <p>{t('welcomePanelBody')}</p>
        </li>
      </ol>
      <section class="private" aria-labelledby="welcome-private">
        <h2 id="welcome-private">{t('welcomePrivateHeading')}</h2>
        <p>{t('welcomePrivateBody')}</p>
      </section>
      <p class="muted">{t('welcomePin')}</p>
    </main>
  );
}
