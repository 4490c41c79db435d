// Progress of reading a picked bundle (Verify, Import): the bytes read of the file, the file inside
// it being checked, and Cancel. Import's last step (one transaction) has no byte count: the bar is
// indeterminate then, and Cancel still aborts it.
import type { ReadProgress } from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';

/** Megabytes (10⁶ bytes) as people read file sizes: one decimal below 10 MB. */
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);

export function ReadProgressBar({
  id,
  progress,
  onCancel,
}: {
  id: string;
  /** `saving`: reading is done and the case is being stored. */
  progress: ReadProgress | 'saving';
  onCancel: () => void;
}) {
  const reading = progress !== 'saving';
  const percent = reading ? Math.floor((progress.read / Math.max(1, progress.total)) * 100) : 100;
  const label = reading
    ? t('bundleReadProgress', megabytes(progress.read), megabytes(progress.total), percent)
    : t('importSaving');
  return (
    <div class="bundle-progress" data-testid={id}>
      <label for={`${id}-bar`}>{label}</label>
      {reading ? (
        <progress id={`${id}-bar`} max={Math.max(1, progress.total)} value={progress.read} aria-valuetext={label} />
      ) : (
        <progress id={`${id}-bar`} aria-valuetext={label} />
      )}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      {reading && progress.file && <p class="muted bundle-progress-file">{t('bundleReadFile', progress.file)}</p>}
    </div>
  );
}
