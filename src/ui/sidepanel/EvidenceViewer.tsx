// The full screenshot with everything recorded at capture (time, zone, URL, sizes, hash, browser).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScreenshotEvidence } from '../../domain/evidence';
import { request } from '../../messaging/client';
import { formatCaptureTime, t } from '../shared/i18n';

export function EvidenceViewer({ item, onClose }: { item: ScreenshotEvidence; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    void request('evidence/original', { evidenceId: item.id }).then(setImage, () => undefined);
  }, [item.id]);
  const title = item.title || t('untitledPage');

  return (
    <dialog ref={dialog} class="viewer" aria-labelledby="viewer-title" onCancel={onClose} data-testid="evidence-viewer">
      <div class="dialog-body">
        <h2 id="viewer-title">{title}</h2>
        {image ? <img src={image} alt={t('screenshotOf', title)} /> : <p class="muted">{t('loading')}</p>}
        <dl>
          <dt>{t('metaCapturedAt')}</dt>
          <dd>
            {formatCaptureTime(item.capturedAtMs, item.timeZone)} ({item.capturedAt})
          </dd>
          <dt>{t('metaTimeZone')}</dt>
          <dd>{item.timeZone}</dd>
          <dt>{t('metaUrl')}</dt>
          <dd>{item.url}</dd>
          <dt>{t('metaViewport')}</dt>
          <dd>
            {item.viewport.width} × {item.viewport.height}
          </dd>
          <dt>{t('metaImageSize')}</dt>
          <dd>
            {item.image.width} × {item.image.height} px, {(item.image.bytes / 1024).toFixed(0)} KB
          </dd>
          <dt>{t('metaPixelRatio')}</dt>
          <dd>{item.devicePixelRatio}</dd>
          <dt>{t('metaSha256')}</dt>
          <dd>
            <code>{item.image.sha256}</code>
          </dd>
          <dt>{t('metaUserAgent')}</dt>
          <dd>{item.userAgent}</dd>
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
