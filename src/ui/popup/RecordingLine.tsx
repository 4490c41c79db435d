// The popup's line while a chat records: how many messages so far, on which tab it runs, and that
// it carries on with the popup closed.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { RecordingStatus } from '../../messaging/protocol';
import { t } from '../shared/i18n';

export function RecordingLine({ status }: { status: RecordingStatus }) {
  const [tabTitle, setTabTitle] = useState('');
  useEffect(() => {
    void browser.tabs.get(status.tabId).then(
      (tab) => setTabTitle(tab.title ?? ''),
      () => undefined,
    );
  }, [status.tabId]);
  return (
    <>
      <p class="status recording" data-testid="recording-status">
        <span class="rec-dot" aria-hidden="true" />{' '}
        {status.messageCount === 1 ? t('recordingOnOne') : t('recordingOn', status.messageCount)}
      </p>
      <p class="muted hint" data-testid="recording-where">
        {tabTitle ? t('recordingWhere', tabTitle) : t('recordingWhereUntitled')}
      </p>
    </>
  );
}
