// The worker's side of page archives: whether the user wants them, and the browser's ways to take one.
import browser from 'webextension-polyfill';
import { capturePageArchive, type PageArchive, snapshotDocument } from '../capture/pageArchive';
import type { CapturedEvidence, ScreenshotEvidence } from '../domain/evidence';
import type { ProofpackDb } from '../storage/db';
import { readSetting } from '../storage/settings';
import { log } from './log';

type PageCapture = { saveAsMHTML(details: { tabId: number }): Promise<Blob | undefined> };
// Chromium only (Firefox has no MHTML); not in the polyfill, so read from the chrome namespace.
const pageCapture = (globalThis as { chrome?: { pageCapture?: PageCapture } }).chrome?.pageCapture;

/** The tab's page archive; null when the setting is off; `{ error }` when the page could not be archived. */
export async function pageArchiveOf(db: ProofpackDb, tabId: number): Promise<PageArchive | { error: string } | null> {
  if (!(await readSetting(db, 'savePageArchive'))) return null;
  return capturePageArchive(tabId, {
    ...(pageCapture ? { saveAsMHTML: (id: number) => pageCapture.saveAsMHTML({ tabId: id }) } : {}),
    snapshotDom: async (id) => {
      const [frame] = await browser.scripting.executeScript({ target: { tabId: id }, func: snapshotDocument });
      return String(frame?.result ?? '');
    },
  }).catch((error: unknown) => {
    log.warn('Page archive failed (the screenshot is kept without it, marked):', error);
    return { error: error instanceof Error ? error.message : String(error) };
  });
}

/** The capture with its page archive attached, or marked as lacking one when it failed. */
export function withPageArchive<C extends CapturedEvidence<ScreenshotEvidence>>(
  capture: C,
  archive: PageArchive | { error: string } | null,
): C {
  if (!archive) return capture;
  if ('error' in archive) return { ...capture, evidence: { ...capture.evidence, pageArchiveError: archive.error } };
  const id = `${capture.evidence.id}/${archive.file.name}`;
  const evidence = {
    ...capture.evidence,
    attachments: [...(capture.evidence.attachments ?? []), { id, ...archive.file }],
  };
  return { ...capture, evidence, attachments: [...(capture.attachments ?? []), { id, data: archive.data }] };
}
