// Bundle errors and verification results in the user's words.
import { BundleExportError, BundleImportError } from '../../../pages/bundlePage';
import { isDiskFull } from '../../../messaging/errors';
import { describeError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { DownloadError } from './download';

const isQuota = (error: unknown): boolean =>
  isDiskFull(error) || (error instanceof DownloadError && error.reason.startsWith('FILE_NO_SPACE'));

export function describeBundleError(error: unknown): string {
  if (isQuota(error)) return t('bundleErrorQuota');
  if (error instanceof BundleExportError)
    return t(
      error.problem === 'missing-original' ? 'exportErrorMissingOriginal' : 'exportErrorChangedOriginal',
      error.path,
    );
  if (error instanceof DownloadError) return t('exportErrorDownload', error.reason);
  if (error instanceof BundleImportError) {
    if (error.problem === 'altered') return t('importErrorAltered');
    if (error.problem === 'unreadable') return t('bundleErrorUnreadable');
    if (error.problem === 'no-case-file') return t('importErrorNoCase');
    return t('importErrorInconsistent', error.message);
  }
  return describeError(error);
}
