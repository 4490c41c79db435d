// Capturing the active tab for whoever asked (popup, shortcut, context menu): refuse restricted
// pages with a reason, queue behind Chromium's rate limit, store whole, update the badge.
import browser, { type Tabs } from 'webextension-polyfill';
import type { CapturedEvidence, Evidence, ScreenshotEvidence } from '../domain/evidence';
import { restrictionOf } from '../domain/restricted';
import type { ProofpackDb } from '../storage/db';
import { createCaptureScheduler } from '../capture/captureScheduler';
import { captureScreenshot } from '../capture/screenshot';
import { makeThumbnail } from '../capture/thumbnail';
import { addCapture, putThumbnail } from '../storage/evidence';
import { currentCaseId } from '../storage/cases';
import { ProofpackError, type CaptureOutcome } from '../messaging/protocol';
import { blobToDataUrl } from './dataUrl';
import { evidenceAdded } from './afterCapture';
import type { WorkerDeps } from './deps';
import { log, logFailure } from './log';
import { pageArchiveOf, withPageArchive } from './pageArchive';

/** Every captureVisibleTab call of the worker goes through this queue (Chromium's two a second). */
export const scheduler = createCaptureScheduler({
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
});

export async function activeTabOf(windowId: number | undefined): Promise<Tabs.Tab | undefined> {
  const query: Tabs.QueryQueryInfoType =
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query);
  return tab;
}

/**
 * Whether Proofpack may not read `tab` because the user took its site access back (Firefox lets
 * them; so does Chromium's site-access menu): the browser then hides the tab's URL.
 */
async function siteAccessMissing(tab: Tabs.Tab | undefined): Promise<boolean> {
  return !!tab && !tab.url && !(await browser.permissions.contains({ origins: ['<all_urls>'] }));
}

const noAccess = (cause?: unknown) =>
  new ProofpackError('no-access', 'Proofpack has no access to this page', cause ? { cause } : undefined);

/** A tab Proofpack may capture: it has an id and a window. */
export type CapturableTab = Tabs.Tab & { id: number; windowId: number };

export async function ensureCapturable(tab: Tabs.Tab | undefined): Promise<CapturableTab> {
  if (await siteAccessMissing(tab)) throw noAccess();
  let restriction = restrictionOf(tab);
  if (restriction === 'file-page' && (await browser.extension.isAllowedFileSchemeAccess())) restriction = null;
  if (restriction || tab?.id === undefined || tab.windowId === undefined) {
    throw new ProofpackError(restriction ?? 'no-page', `Cannot capture this page (${restriction ?? 'no-page'})`);
  }
  return tab as CapturableTab;
}

/**
 * User Timing entries for each stored capture, from request to committed record and to stored thumbnail:
 * read by `npm run bench` (scripts/bench/capture.mjs). Kept in shipped code because the commit happens
 * inside the worker's handler, before the thumbnail and the reply: the bench cannot see it from outside.
 */
const CAPTURE_MEASURE = 'proofpack:capture-to-commit';
const THUMBNAIL_MEASURE = 'proofpack:capture-to-thumbnail';

/** The visible part of `tab` as a screenshot capture (not stored yet), behind Chromium's rate limit. */
export async function takeScreenshot(
  deps: WorkerDeps,
  tab: Tabs.Tab & { id: number; windowId: number },
  caseId: string,
): Promise<CapturedEvidence<ScreenshotEvidence>> {
  return scheduler
    .run(() =>
      captureScreenshot(
        {
          tabId: tab.id,
          windowId: tab.windowId,
          url: tab.url ?? '',
          title: tab.title ?? '',
          tabSize: { width: tab.width ?? 0, height: tab.height ?? 0 },
        },
        caseId,
        {
          captureVisibleTab: (id) => browser.tabs.captureVisibleTab(id, { format: 'png' }),
          now: deps.now,
          timeZone: deps.timeZone,
          userAgent: navigator.userAgent,
          newId: () => crypto.randomUUID(),
        },
      ),
    )
    .catch(async (error: unknown) => {
      if (error instanceof ProofpackError) throw error;
      if (!(await browser.permissions.contains({ origins: ['<all_urls>'] }))) throw noAccess(error);
      throw new ProofpackError('capture-failed', error instanceof Error ? error.message : String(error), {
        cause: error,
      });
    });
}

/** Stores a screenshot whole, then its thumbnail (derived: it may fail without losing anything). */
export async function storeScreenshot(
  db: ProofpackDb,
  capture: CapturedEvidence<ScreenshotEvidence>,
  requestedAt = performance.now(),
): Promise<{ evidence: Evidence; thumbnail: string | null }> {
  const evidence = await addCapture(db, capture);
  performance.measure(CAPTURE_MEASURE, { start: requestedAt, detail: { evidenceId: evidence.id } });
  const thumbnail = await storeThumbnail(db, evidence.id, capture.original);
  performance.measure(THUMBNAIL_MEASURE, { start: requestedAt, detail: { evidenceId: evidence.id } });
  return { evidence, thumbnail };
}

export async function captureActiveTab(deps: WorkerDeps, windowId?: number): Promise<CaptureOutcome> {
  const { db } = deps;
  const requestedAt = performance.now();
  const caseIdLookup = currentCaseId(db);
  caseIdLookup.catch(() => undefined); // awaited below unless the page is refused first
  const tab = await ensureCapturable(await activeTabOf(windowId));
  const caseId = await caseIdLookup;
  const archive = pageArchiveOf(db, tab.id); // taken while the screenshot is, from the same page
  const screenshot = await takeScreenshot(deps, tab, caseId);
  const { evidence, thumbnail } = await storeScreenshot(db, withPageArchive(screenshot, await archive), requestedAt);
  const itemCount = await evidenceAdded(db, caseId);
  return { evidence, thumbnail, itemCount };
}

/** Makes and stores a stored capture's thumbnail; its `data:` URL for the popup, or null. */
export async function storeThumbnail(db: ProofpackDb, evidenceId: string, png: Blob): Promise<string | null> {
  // The evidence is safe; the thumbnail is derived from it and may fail without losing anything.
  const thumbnail = await makeThumbnail(png).catch((error: unknown) => {
    log.warn('Thumbnail of a capture failed (the capture is stored):', error);
    return null;
  });
  if (!thumbnail) return null;
  await putThumbnail(db, evidenceId, thumbnail).catch(logFailure('Storing a thumbnail', 'warn'));
  return blobToDataUrl(thumbnail.data);
}
