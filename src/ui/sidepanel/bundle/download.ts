// Hands a finished zip to the browser's downloads. chrome.downloads saves it under its own name
// (CJK included) without a prompt; browsers without it get an <a download> click instead.
import browser from 'webextension-polyfill';

export type SaveOutcome = 'complete' | 'started';

/** Starts the download and resolves when the file is complete (or, on the fallback, started). */
export async function saveBlob(blob: Blob, fileName: string): Promise<SaveOutcome> {
  const url = URL.createObjectURL(blob);
  if (!browser.downloads?.download) {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return 'started';
  }
  // The listener is in place before the download starts, and the download's state is read once
  // its id is known: a small zip can finish before download() even resolves.
  let settle: ((state: string, error?: string) => void) | null = null;
  let knownId: number | null = null;
  const early = new Map<number, { state: string; error?: string }>();
  const listener = (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
    const state = delta.state?.current;
    if (!state || state === 'in_progress') return;
    const error = delta.error?.current;
    if (knownId === null) early.set(delta.id, error ? { state, error } : { state });
    else if (delta.id === knownId) settle?.(state, error);
  };
  browser.downloads.onChanged.addListener(listener);
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    knownId = id;
    return await new Promise<SaveOutcome>((resolve, reject) => {
      const finish = (state: string, error?: string): void => {
        settle = () => undefined;
        if (state === 'complete') resolve('complete');
        else reject(new DownloadError(error ?? 'INTERRUPTED'));
      };
      settle = (state, error) => finish(state, error);
      const seen = early.get(id);
      if (seen) return finish(seen.state, seen.error);
      void browser.downloads.search({ id }).then(([item]) => {
        if (item && item.state !== 'in_progress') finish(item.state, item.error);
      });
    });
  } finally {
    browser.downloads.onChanged.removeListener(listener);
    URL.revokeObjectURL(url);
  }
}

/** The browser stopped the download; `reason` is its InterruptReason (FILE_NO_SPACE…). */
export class DownloadError extends Error {
  constructor(readonly reason: string) {
    super(`The download was interrupted (${reason}).`);
    this.name = 'DownloadError';
  }
}
