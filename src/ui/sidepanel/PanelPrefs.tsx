// The panel's language (English / 中文 / the browser's), theme (system / light / dark), whether
// screenshots keep a copy of the page, and whether *Capture chat* takes a screenshot beside each transcript.
import { isLocale } from '../../domain/language';
import type { PanelPreferences } from '../../messaging/protocol';
import { t } from '../shared/i18n';

export function PanelPrefs({
  prefs,
  onPrefs,
}: {
  prefs: PanelPreferences;
  onPrefs: (change: Partial<PanelPreferences>) => void;
}) {
  return (
    <div class="prefs">
      <label for="ws-ui-language">{t('wsLanguage')}</label>
      <select
        id="ws-ui-language"
        value={prefs.uiLanguage}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onPrefs({ uiLanguage: isLocale(value) ? value : '' });
        }}
      >
        <option value="">{t('wsLanguageBrowser')}</option>
        <option value="en">English</option>
        <option value="zh_CN">中文</option>
      </select>
      <label for="ws-theme">{t('wsTheme')}</label>
      <select
        id="ws-theme"
        value={prefs.theme}
        onChange={(e) => onPrefs({ theme: e.currentTarget.value as PanelPreferences['theme'] })}
      >
        <option value="auto">{t('wsThemeAuto')}</option>
        <option value="light">{t('wsThemeLight')}</option>
        <option value="dark">{t('wsThemeDark')}</option>
      </select>
      <label for="ws-page-archive" class="check">
        <input
          id="ws-page-archive"
          type="checkbox"
          checked={prefs.savePageArchive}
          onChange={(e) => onPrefs({ savePageArchive: e.currentTarget.checked })}
        />
        {t('wsSavePageArchive')}
      </label>
      <label for="ws-chat-screenshot" class="check">
        <input
          id="ws-chat-screenshot"
          type="checkbox"
          checked={prefs.chatScreenshot}
          onChange={(e) => onPrefs({ chatScreenshot: e.currentTarget.checked })}
        />
        {t('settingChatScreenshot')}
      </label>
    </div>
  );
}
