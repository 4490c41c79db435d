// The full screenshot with everything recorded at capture (time, zone, URL, sizes, hash, browser).
import { useEffect, useState } from 'preact/hooks';
import type { ScreenshotEvidence } from '../../domain/evidence';
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';
import { CaptureTimeRow, HashRow, ViewerDialog } from './ViewerDialog';
import { FullPageRow, PageArchiveRow } from './DerivedRows';
import { RedactButton } from './redact/RedactButton';

export function EvidenceViewer({ item, onClose }: { item: ScreenshotEvidence; onClose: () => void }) {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    void request('evidence/original', { evidenceId: item.id }).then(setImage, () => undefined);
  }, [item.id]);
  const title = item.title || t('untitledPage');

  return (
    <ViewerDialog title={title} testId="evidence-viewer" onClose={onClose}>
      {image ? <img src={image} alt={t('screenshotOf', title)} /> : <p class="muted">{t('loading')}</p>}
      <dl>
        <CaptureTimeRow
          label={t('metaCapturedAt')}
          ms={item.capturedAtMs}
          zone={item.timeZone}
          stamp={item.capturedAt}
        />
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
        <HashRow evidenceId={item.id} sha256={item.image.sha256} />
        <FullPageRow item={item} />
        <PageArchiveRow item={item} />
        <dt>{t('metaUserAgent')}</dt>
        <dd>{item.userAgent}</dd>
      </dl>
      {!item.derivation && <RedactButton item={item} />}
    </ViewerDialog>
  );
}
