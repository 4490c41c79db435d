// Screenshot capture: the visible part of a tab as PNG, with the metadata a complaint needs,
// hashed once here over the bytes exactly as the browser returned them.
import { fileDigests } from '../domain/hash';
import { dataUrlToBytes, pngSize } from '../domain/png';
import type { CapturedEvidence, ScreenshotEvidence } from '../domain/evidence';
import { formatRfc3339 } from '../domain/time';

export interface CaptureTarget {
  tabId: number;
  windowId: number;
  url: string;
  title: string;
  /** The tab's visible area in CSS pixels, as the tabs API reports it. */
  tabSize: { width: number; height: number };
}

export interface ScreenshotDeps {
  /** Resolves to a `data:image/png;base64,` URL of the window's active tab. */
  captureVisibleTab(windowId: number): Promise<string>;
  now(): Date;
  timeZone(): string;
  userAgent: string;
  newId(): string;
}

export async function captureScreenshot(
  target: CaptureTarget,
  caseId: string,
  deps: ScreenshotDeps,
): Promise<CapturedEvidence<ScreenshotEvidence>> {
  const takenAt = deps.now();
  const dataUrl = await deps.captureVisibleTab(target.windowId);
  const bytes = dataUrlToBytes(dataUrl);
  const original = new Blob([bytes as BlobPart], { type: 'image/png' });
  const digests = await fileDigests(bytes);
  const size = pngSize(bytes) ?? { width: 0, height: 0 };
  const evidence: ScreenshotEvidence = {
    id: deps.newId(),
    caseId,
    kind: 'screenshot',
    capturedAt: formatRfc3339(takenAt, deps.timeZone()),
    capturedAtMs: takenAt.getTime(),
    timeZone: deps.timeZone(),
    url: target.url,
    title: target.title,
    caption: '',
    userAgent: deps.userAgent,
    viewport: target.tabSize,
    // Read from the pixels rather than asked of the page, so a screenshot injects no script.
    devicePixelRatio: target.tabSize.width ? Math.round((size.width / target.tabSize.width) * 100) / 100 : 1,
    image: { mediaType: 'image/png', ...digests, ...size },
  };
  return { evidence, original };
}
