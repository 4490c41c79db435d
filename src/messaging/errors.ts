// Which _locales message explains each error code to the user.
import type { ErrorCode } from './protocol';

const KEYS: Record<ErrorCode, string> = {
  'browser-page': 'errorBrowserPage',
  'web-store': 'errorWebStore',
  'view-source': 'errorViewSource',
  'pdf-viewer': 'errorPdfViewer',
  'file-page': 'errorFilePage',
  'no-page': 'errorNoPage',
  loading: 'errorLoading',
  quota: 'errorQuota',
  'capture-failed': 'errorCaptureFailed',
  'not-found': 'errorNotFound',
  forbidden: 'errorUnknown',
  unknown: 'errorUnknown',
};

export function errorMessageKey(code: ErrorCode): string {
  return KEYS[code];
}
