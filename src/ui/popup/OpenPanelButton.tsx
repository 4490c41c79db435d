// Opens the side panel for this window (Chromium), or Firefox's sidebar; says so if neither exists.
// sidePanel.open() must run inside the click's user gesture, so the window id is looked up first.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

interface SidebarCapable {
  sidebarAction?: { open(): Promise<void> };
}

export function OpenPanelButton() {
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const open = () => {
    const firefox = browser as unknown as SidebarCapable;
    let opening: Promise<void> | undefined;
    if (typeof chrome !== 'undefined' && chrome.sidePanel?.open && windowId !== undefined)
      opening = chrome.sidePanel.open({ windowId });
    else if (firefox.sidebarAction) opening = firefox.sidebarAction.open();
    if (!opening) {
      setUnavailable(true);
      return;
    }
    opening.then(
      () => window.close(),
      () => setUnavailable(true),
    );
  };
  const sidebar = typeof chrome === 'undefined' || !chrome.sidePanel?.open;
  return (
    <>
      <button type="button" onClick={open}>
        {sidebar && (browser as unknown as SidebarCapable).sidebarAction ? t('openSidebar') : t('openSidePanel')}
      </button>
      {unavailable && <p role="alert">{t('sidePanelUnavailable')}</p>}
    </>
  );
}
