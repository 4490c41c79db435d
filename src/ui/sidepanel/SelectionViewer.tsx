// A saved text selection: the quoted excerpt (as text) with where and when it was taken.
import type { SelectionEvidence } from '../../domain/evidence';
import { t } from '../shared/i18n';
import { CaptureTimeRow, HashRow, ViewerDialog } from './ViewerDialog';
import { RedactButton } from './redact/RedactButton';

export function SelectionViewer({ item, onClose }: { item: SelectionEvidence; onClose: () => void }) {
  return (
    <ViewerDialog title={item.title || t('untitledPage')} testId="selection-viewer" onClose={onClose}>
      <blockquote class="excerpt">{item.text}</blockquote>
      <dl>
        <CaptureTimeRow
          label={t('chatCapturedAt')}
          ms={item.capturedAtMs}
          zone={item.timeZone}
          stamp={item.capturedAt}
        />
        <dt>{t('metaUrl')}</dt>
        <dd>{item.url}</dd>
        <dt>{t('selectionFrameUrl')}</dt>
        <dd>{item.frameUrl}</dd>
        <HashRow evidenceId={item.id} sha256={item.file.sha256} />
      </dl>
      {!item.derivation && <RedactButton item={item} />}
    </ViewerDialog>
  );
}
