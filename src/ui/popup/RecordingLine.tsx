// "Recording… N messages so far" while the active tab's chat is being recorded.
import type { RecordingStatus } from '../../messaging/protocol';
import { t } from '../shared/i18n';

export function RecordingLine({ status }: { status: RecordingStatus }) {
  return (
    <p class="status recording" data-testid="recording-status">
      <span class="rec-dot" aria-hidden="true" />{' '}
      {status.messageCount === 1 ? t('recordingOnOne') : t('recordingOn', status.messageCount)}
    </p>
  );
}
