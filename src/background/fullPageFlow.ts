// "Capture full page" for the popup and the context menu: runs the capture with progress events
// and a Cancel per job, stores the stitched image, tiles and log in one transaction, then the usual
// after-capture steps. A cancelled or failed capture restores the page and stores nothing.
import browser from 'webextension-polyfill';
import { captureFullPage } from '../capture/fullPage/captureFullPage';
import { pageScroller, type ScrollerAnswer, type ScrollerStep } from '../capture/fullPage/pageScroller';
import { CHROMIUM_CANVAS_LIMITS, type StitchDetails } from '../domain/fullPage';
import { type CaptureOutcome, ProofpackError } from '../messaging/protocol';
import { currentCaseId } from '../storage/cases';
import { addCapture } from '../storage/evidence';
import { broadcast } from './broadcast';
import { activeTabOf, ensureCapturable, scheduler, storeThumbnail } from './captureFlow';
import { evidenceAdded } from './afterCapture';
import type { WorkerDeps } from './deps';
import { log } from './log';
import { pageArchiveOf, withPageArchive } from './pageArchive';

const jobs = new Map<string, AbortController>();

/** Stops the job `jobId` if it still runs (the page is restored, nothing is stored). */
export function cancelFullPage(jobId: string): void {
  jobs.get(jobId)?.abort(new ProofpackError('cancelled', 'Full-page capture cancelled'));
}

async function runStep(tabId: number, request: ScrollerStep): Promise<ScrollerAnswer> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: pageScroller,
    args: [request],
  });
  if (!result || result.result === undefined) throw new Error(`The page did not answer ${request.step}`);
  return result.result as ScrollerAnswer;
}

function asCaptureError(error: unknown): ProofpackError {
  if (error instanceof ProofpackError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ProofpackError('capture-failed', message, { cause: error });
}

export async function captureFullPageOfTab(deps: WorkerDeps, windowId: number | undefined, jobId: string) {
  const { db } = deps;
  const tab = await ensureCapturable(await activeTabOf(windowId));
  const caseId = await currentCaseId(db);
  const controller = new AbortController();
  jobs.set(jobId, controller);
  let archive: ReturnType<typeof pageArchiveOf> | null = null;
  try {
    const stitched = await captureFullPage(
      {
        tabId: tab.id,
        windowId: tab.windowId,
        url: tab.url ?? '',
        title: tab.title ?? '',
        tabSize: { width: 0, height: 0 },
      },
      caseId,
      {
        runStep: (request) => runStep(tab.id, request),
        captureVisibleTab: (id) => scheduler.run(() => browser.tabs.captureVisibleTab(id, { format: 'png' })),
        now: deps.now,
        timeZone: deps.timeZone,
        userAgent: navigator.userAgent,
        newId: () => crypto.randomUUID(),
        limits: CHROMIUM_CANVAS_LIMITS,
        tool: `Proofpack ${browser.runtime.getManifest().version}`,
        onProgress: (done, total) => broadcast('capture/progress', { jobId, done, total }),
        // The page as the user left it, lazy content loaded; archived while the tiles are stitched.
        onRestored: () => {
          archive = pageArchiveOf(db, tab.id);
        },
        signal: controller.signal,
      },
    ).catch((error: unknown) => {
      throw asCaptureError(controller.signal.aborted ? controller.signal.reason : error);
    });
    controller.signal.throwIfAborted();
    const capture = withPageArchive(stitched, await (archive ?? pageArchiveOf(db, tab.id)));
    controller.signal.throwIfAborted();
    const hidden = (capture.log.details as Pick<StitchDetails, 'hidden'>).hidden;
    if (hidden.length) log.info(`Full page: hid ${hidden.length} fixed/sticky element(s) after the first tile`);
    const evidence = await addCapture(db, capture);
    // From the first tile (the top of the page): decoding the stitched image could take hundreds of MB.
    const firstTile = capture.evidence.attachments?.find((a) => a.role === 'tile');
    const preview = capture.attachments?.find((a) => a.id === firstTile?.id)?.data ?? capture.original;
    const thumbnail = await storeThumbnail(db, evidence.id, preview);
    const itemCount = await evidenceAdded(db, caseId);
    return { evidence, thumbnail, itemCount } satisfies CaptureOutcome;
  } finally {
    jobs.delete(jobId);
  }
}
