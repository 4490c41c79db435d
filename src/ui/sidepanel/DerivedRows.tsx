// Rows of a screenshot's details for what was kept beside it: the page archive (with its hash and a
// way to save it) and, for a full page, how it was stitched.
import { useEffect, useState } from 'preact/hooks';
import type { ScreenshotEvidence } from '../../domain/evidence';
import { dataUrlToBytes } from '../../domain/png';
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';

export function PageArchiveRow({ item }: { item: ScreenshotEvidence }) {
  const archive = item.attachments?.find((a) => a.role === 'page-archive');
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    if (!archive) return undefined;
    let url: string | null = null;
    void request('evidence/attachment', { attachmentId: archive.id }).then((dataUrl) => {
      if (!dataUrl) return;
      url = URL.createObjectURL(new Blob([dataUrlToBytes(dataUrl) as BlobPart], { type: archive.mediaType }));
      setHref(url);
    });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [archive?.id]);
  if (!archive && !item.pageArchiveError) return null;
  return (
    <>
      <dt>{t('metaPageArchive')}</dt>
      <dd data-testid="page-archive">
        {archive ? (
          <>
            {href ? (
              <a href={href} download={archive.name}>
                {t('openPageArchive')} ({archive.name}, {(archive.bytes / 1024).toFixed(0)} KB)
              </a>
            ) : (
              archive.name
            )}
            <br />
            <code>{archive.sha256}</code>
          </>
        ) : (
          t('metaPageArchiveMissing', item.pageArchiveError ?? '')
        )}
      </dd>
    </>
  );
}

export function FullPageRow({ item }: { item: ScreenshotEvidence }) {
  if (!item.fullPage) return null;
  return (
    <>
      <dt>{t('metaFullPage')}</dt>
      <dd>
        {item.fullPage.width} × {item.fullPage.height} px.{' '}
        {t('metaFullPageTiles', item.fullPage.derivedFrom.length, item.fullPage.parts)}
      </dd>
    </>
  );
}
