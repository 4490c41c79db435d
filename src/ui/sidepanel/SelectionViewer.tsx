// A saved text selection: the quoted excerpt (as text) with where and when it was taken.
import { useEffect, useRef } from 'preact/hooks';
import type { SelectionEvidence } from '../../domain/evidence';
import { formatCaptureTime, t } from '../shared/i18n';

export function SelectionViewer({ item, onClose }: { item: SelectionEvidence; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} class="viewer" aria-labelledby="selection-title" onCancel={onClose} data-testid="selection-viewer">
      <div class="dialog-body">
        <h2 id="selection-title">{item.title || t('untitledPage')}</h2>
        <blockquote class="excerpt">{item.text}</blockquote>
        <dl>
          <dt>{t('chatCapturedAt')}</dt>
          <dd>
            {formatCaptureTime(item.capturedAtMs, item.timeZone)} ({item.capturedAt})
          </dd>
          <dt>{t('metaUrl')}</dt>
          <dd>{item.url}</dd>
          <dt>{t('selectionFrameUrl')}</dt>
          <dd>{item.frameUrl}</dd>
          <dt>{t('metaSha256')}</dt>
          <dd>
            <code>{item.file.sha256}</code>
          </dd>
        </dl>
      </div>
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={onClose} autofocus>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}
