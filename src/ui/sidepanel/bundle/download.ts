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
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    return await new Promise<SaveOutcome>((resolve, reject) => {
      const listener = (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
        if (delta.id !== id || !delta.state?.current || delta.state.current === 'in_progress') return;
        browser.downloads.onChanged.removeListener(listener);
        if (delta.state.current === 'complete') resolve('complete');
        else reject(new DownloadError(delta.error?.current ?? 'INTERRUPTED'));
      };
      browser.downloads.onChanged.addListener(listener);
    });
  } finally {
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
