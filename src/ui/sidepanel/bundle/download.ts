// Hands a finished zip to the browser's downloads. chrome.downloads saves it under its own name
// (CJK included) without a prompt; browsers without it get an <a download> click instead.
import browser from 'webextension-polyfill';

/**
 * `complete`: on disk as `savedAs`, the name the browser really gave it (it adds " (1)" when the name
 * is taken), with the download's id for "Show in folder". `started`: handed to an <a download>.
 */
export type SavedFile = { outcome: 'complete'; id: number; savedAs: string } | { outcome: 'started' };

/** The file's own name from a DownloadItem's full path (either separator: the path is the OS's). */
const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;

/** Starts the download and resolves when the file is complete (or, on the fallback, started). */
export async function saveBlob(blob: Blob, fileName: string): Promise<SavedFile> {
  const url = URL.createObjectURL(blob);
  if (!browser.downloads?.download) {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { outcome: 'started' };
  }
  // Listening starts before the download does: a small zip can finish before download() resolves.
  type End = { state: string; error?: string | undefined };
  const ended = new Map<number, End>();
  let waiting: { id: number; done: (end: End) => void } | null = null;
  const listener = (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
    const state = delta.state?.current;
    if (!state || state === 'in_progress') return;
    const end = { state, error: delta.error?.current };
    if (waiting?.id === delta.id) waiting.done(end);
    else ended.set(delta.id, end);
  };
  browser.downloads.onChanged.addListener(listener);
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    const end =
      ended.get(id) ??
      (await new Promise<End>((done) => {
        waiting = { id, done };
      }));
    if (end.state !== 'complete') throw new DownloadError(end.error ?? 'INTERRUPTED');
    const [item] = await browser.downloads.search({ id });
    return { outcome: 'complete', id, savedAs: item?.filename ? baseName(item.filename) : fileName };
  } finally {
    browser.downloads.onChanged.removeListener(listener);
    URL.revokeObjectURL(url);
  }
}

/** Opens the folder with the file selected; false where the browser has no downloads.show. */
export function showInFolder(id: number): boolean {
  if (!browser.downloads?.show) return false;
  void Promise.resolve(browser.downloads.show(id)).catch(() => undefined);
  return true;
}

/** The browser stopped the download; `reason` is its InterruptReason (FILE_NO_SPACE…). */
export class DownloadError extends Error {
  constructor(readonly reason: string) {
    super(`The download was interrupted (${reason}).`);
    this.name = 'DownloadError';
  }
}
