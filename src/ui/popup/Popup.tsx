// The toolbar popup: which case captures go to, the capture button, and the way to the panel.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { request } from '../../messaging/client';
import type { CaseWithCount } from '../../domain/case';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { CaseSwitcher } from './CaseSwitcher';
import { CaptureButton } from './CaptureButton';
import { ChatButtons } from './ChatButtons';
import { FullPageButton } from './FullPageButton';
import { OpenPanelButton } from './OpenPanelButton';
import { SiteAccess } from './SiteAccess';

export function Popup() {
  const [current, setCurrent] = useState<CaseWithCount | null>(null);
  const [cases, setCases] = useState<CaseWithCount[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = async () => {
    try {
      const [c, all] = await Promise.all([request('case/current', {}), request('case/list', {})]);
      setCurrent(c);
      setCases(all);
    } catch (error) {
      setLoadError(describeError(error));
    }
  };
  useEffect(() => {
    document.title = t('extName');
    void reload();
  }, []);

  return (
    <>
      <header>
        <img src={browser.runtime.getURL('icons/icon-32.png')} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {loadError && (
        <p class="status error" role="alert">
          {loadError}
        </p>
      )}
      <SiteAccess />
      {current && <CaseSwitcher current={current} cases={cases} onChanged={reload} />}
      <CaptureButton onCaptured={(count) => current && setCurrent({ ...current, itemCount: count })} />
      <FullPageButton onCaptured={(count) => current && setCurrent({ ...current, itemCount: count })} />
      <ChatButtons
        onSaved={(count) =>
          count === undefined ? void reload() : current && setCurrent({ ...current, itemCount: count })
        }
      />
      <div class="footer">
        <span class="muted" data-testid="item-count">
          {current ? t('itemCount', current.itemCount) : ''}
        </span>
        <OpenPanelButton />
      </div>
    </>
  );
}
