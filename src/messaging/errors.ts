// Which _locales message explains each error code to the user.
import type { MessageKey } from '../domain/catalogue';
import type { ErrorCode } from './protocol';

const KEYS: Record<ErrorCode, MessageKey> = {
  'browser-page': 'errorBrowserPage',
  'web-store': 'errorWebStore',
  'view-source': 'errorViewSource',
  'pdf-viewer': 'errorPdfViewer',
  'file-page': 'errorFilePage',
  'no-page': 'errorNoPage',
  loading: 'errorLoading',
  'no-access': 'errorNoAccess',
  quota: 'errorQuota',
  'capture-failed': 'errorCaptureFailed',
  cancelled: 'errorCancelled',
  'not-found': 'errorNotFound',
  forbidden: 'errorUnknown',
  unknown: 'errorUnknown',
};

export function errorMessageKey(code: ErrorCode): MessageKey {
  return KEYS[code];
}

// A full disk reaches IndexedDB as QuotaExceededError, or (seen in Chromium when blob files can't
// be written) as "DataError Failed to write blobs (IOError)"; Dexie may wrap either in `inner`.
const DISK_FULL = /QuotaExceeded|Failed to write blobs|IOError|disk is full|no space/i;

/** Whether `error`, or an error it wraps (Dexie's `inner`, a few levels deep), passes `test`. */
export function wrapsError(error: unknown, test: (e: { name?: string; message?: string }) => boolean): boolean {
  for (
    let e = error as { name?: string; message?: string; inner?: unknown } | null | undefined, depth = 0;
    e && depth < 4;
    e = e.inner as typeof e, depth++
  ) {
    if (test(e)) return true;
  }
  return false;
}

/** Whether `error` (or an error it wraps) says the disk is full. */
export function isDiskFull(error: unknown): boolean {
  return wrapsError(error, (e) => DISK_FULL.test(`${e.name ?? ''} ${e.message ?? ''}`));
}
