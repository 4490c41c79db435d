// After an export: the name the file really has on disk (the browser may have added " (1)"), and
// "Show in folder" to open it there; a browser that cannot says where the file is instead.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { type SavedFile as Saved, showInFolder } from './download';

export function SavedFile({ saved, planned }: { saved: Saved; planned: string }) {
  const [unavailable, setUnavailable] = useState(false);
  if (saved.outcome === 'started')
    return (
      <p class="muted" role="status">
        {t('exportSavedStarted', planned)}
      </p>
    );
  return (
    <div class="bundle-saved">
      <p class="muted" role="status" data-testid="export-saved-as">
        {t('exportSaved', saved.savedAs)}
      </p>
      <button type="button" onClick={() => setUnavailable(!showInFolder(saved.id))}>
        {t('exportShowInFolder')}
      </button>
      {unavailable && <p class="muted">{t('exportShowUnavailable')}</p>}
    </div>
  );
}
