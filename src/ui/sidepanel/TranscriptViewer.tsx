// A stored chat transcript, read from its original JSON (the hashed bytes) and shown as a chat;
// while it records, it follows each save live.
import { useEffect, useState } from 'preact/hooks';
import type { TranscriptEvidence } from '../../domain/evidence';
import { parseTranscript, type Transcript, WIDGET_NAMES } from '../../domain/transcript';
import { request } from '../../messaging/client';
import { formatCaptureTime, t } from '../shared/i18n';
import { UnassignedLines } from '../shared/UnassignedLines';
import { decodeTextDataUrl } from './textOriginal';
import { TranscriptReader } from './TranscriptReader';
import { quotingFor } from './quoting';
import type { Workspace } from './useWorkspace';
import { CaptureTimeRow, HashRow, ViewerDialog } from './ViewerDialog';
import { RedactButton } from './redact/RedactButton';

interface Props {
  item: TranscriptEvidence;
  /** Quoting in the letter; absent for a redacted copy (the letter quotes the original). */
  workspace?: Workspace;
  onClose: () => void;
}

export function TranscriptViewer({ item, workspace, onClose }: Props) {
  const quoting = quotingFor(item.derivation ? undefined : workspace, item.id);
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  // Re-read whenever the record changes (each save of a recording gives a new hash).
  useEffect(() => {
    let live = true;
    void request('evidence/original', { evidenceId: item.id }).then(
      (url) => live && url && setTranscript(parseTranscript(decodeTextDataUrl(url))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [item.id, item.file.sha256]);
  const recordingLive = item.recording && !item.recording.stoppedAt;
  const title = item.title || t('untitledPage');

  return (
    <ViewerDialog title={title} testId="transcript-viewer" className="transcript" onClose={onClose}>
      {recordingLive && (
        <p class="status recording" data-testid="recording-live">
          <span class="rec-dot" aria-hidden="true" /> {t('recordingLive')}
        </p>
      )}
      {item.recording?.interrupted && (
        <p class="status error" data-testid="recording-interrupted">
          {t('recordingInterrupted', item.recording.stoppedAt ?? item.recording.startedAt)}
        </p>
      )}
      {transcript?.unassigned?.length ? (
        <div class="status error">
          <p>{t('chatIncompleteNote')}</p>
          <UnassignedLines lines={transcript.unassigned} />
        </div>
      ) : (
        item.partial && <p class="status error">{t('chatPartialNote')}</p>
      )}
      <dl>
        <dt>{t('chatWidgetLabel')}</dt>
        <dd>{WIDGET_NAMES[item.widget] ?? t('chatWidgetUnrecognised')}</dd>
        <dt>{t('chatMessagesLabel')}</dt>
        <dd data-testid="transcript-count">{item.messageCount}</dd>
        <CaptureTimeRow
          label={t('chatCapturedAt')}
          ms={item.capturedAtMs}
          zone={item.timeZone}
          stamp={item.capturedAt}
        />
        {item.recording?.stoppedAt && (
          <>
            <dt>{t('recordedLabel')}</dt>
            <dd data-testid="recorded-period">
              {t(
                'recordedFromTo',
                formatCaptureTime(Date.parse(item.recording.startedAt), item.timeZone),
                formatCaptureTime(Date.parse(item.recording.stoppedAt), item.timeZone),
              )}
            </dd>
          </>
        )}
        <dt>{t('metaUrl')}</dt>
        <dd>{item.url}</dd>
        <dt>{t('chatFrameUrl')}</dt>
        <dd>{item.frameUrl}</dd>
        <HashRow evidenceId={item.id} sha256={item.file.sha256} />
      </dl>
      {!item.derivation && <RedactButton item={item} />}
      {transcript ? (
        <TranscriptReader messages={transcript.messages} quoting={quoting} />
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </ViewerDialog>
  );
}
