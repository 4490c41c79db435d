// Capturing the active tab for whoever asked (popup, shortcut, context menu): refuse restricted
// pages with a reason, queue behind Chromium's rate limit, store whole, update the badge.
import browser, { type Tabs } from 'webextension-polyfill';
import { restrictionOf } from '../domain/restricted';
import { systemTimeZone } from '../domain/time';
import { createCaptureScheduler } from '../capture/captureScheduler';
import { captureScreenshot, type PageFacts } from '../capture/screenshot';
import { makeThumbnail } from '../capture/thumbnail';
import type { ProofpackDb } from '../storage/db';
import { addCapture } from '../storage/evidence';
import { countItems, currentCaseId } from '../storage/cases';
import { ProofpackError, type CaptureOutcome } from '../messaging/protocol';
import { blobToDataUrl } from './dataUrl';
import { showCount } from './badge';
import { broadcast } from './broadcast';

const scheduler = createCaptureScheduler({ now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });

async function activeTabOf(windowId: number | undefined): Promise<Tabs.Tab | undefined> {
  const query: Tabs.QueryQueryInfoType = windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query);
  return tab;
}

async function pageFacts(tabId: number): Promise<PageFacts | null> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ viewport: { width: window.innerWidth, height: window.innerHeight }, devicePixelRatio: window.devicePixelRatio }),
  });
  return (result?.result as PageFacts | undefined) ?? null;
}

async function ensureCapturable(tab: Tabs.Tab | undefined): Promise<Tabs.Tab & { id: number; windowId: number }> {
  let restriction = restrictionOf(tab);
  if (restriction === 'file-page' && (await browser.extension.isAllowedFileSchemeAccess())) restriction = null;
  if (restriction || tab?.id === undefined || tab.windowId === undefined) {
    throw new ProofpackError(restriction ?? 'no-page', `Cannot capture this page (${restriction ?? 'no-page'})`);
  }
  return tab as Tabs.Tab & { id: number; windowId: number };
}

export async function captureActiveTab(db: ProofpackDb, windowId?: number): Promise<CaptureOutcome> {
  const tab = await ensureCapturable(await activeTabOf(windowId));
  const caseId = await currentCaseId(db);
  const capture = await scheduler
    .run(() =>
      captureScreenshot(
        { tabId: tab.id, windowId: tab.windowId, url: tab.url ?? '', title: tab.title ?? '', tabSize: { width: tab.width ?? 0, height: tab.height ?? 0 } },
        caseId,
        {
          captureVisibleTab: (id) => browser.tabs.captureVisibleTab(id, { format: 'png' }),
          pageFacts,
          makeThumbnail,
          now: () => new Date(),
          timeZone: systemTimeZone,
          userAgent: navigator.userAgent,
          newId: () => crypto.randomUUID(),
        },
      ),
    )
    .catch((error: unknown) => {
      if (error instanceof ProofpackError) throw error;
      throw new ProofpackError('capture-failed', error instanceof Error ? error.message : String(error), { cause: error });
    });
  const evidence = await addCapture(db, capture);
  const itemCount = await countItems(db, caseId);
  void showCount(itemCount);
  broadcast('evidence/changed', { caseId });
  const thumbnail = capture.thumbnail ? await blobToDataUrl(capture.thumbnail.data) : null;
  return { evidence, thumbnail, itemCount };
}
