// Screenshot capture: the visible part of a tab as PNG, with the metadata a complaint needs,
// hashed once here over the bytes exactly as the browser returned them.
import { sha256Hex } from '../domain/hash';
import { dataUrlToBytes, pngSize } from '../domain/png';
import type { CapturedEvidence, ScreenshotEvidence } from '../domain/evidence';
import { formatRfc3339 } from '../domain/time';

export interface CaptureTarget {
  tabId: number;
  windowId: number;
  url: string;
  title: string;
  /** The tab's size as the browser reports it, used when the page itself can't be asked. */
  tabSize: { width: number; height: number };
}

export interface PageFacts {
  viewport: { width: number; height: number };
  devicePixelRatio: number;
}

export interface Thumbnail {
  data: Blob;
  width: number;
  height: number;
}

export interface ScreenshotDeps {
  /** Resolves to a `data:image/png;base64,` URL of the window's active tab. */
  captureVisibleTab(windowId: number): Promise<string>;
  /** Viewport and pixel ratio as the page sees them; null if the page can't be asked. */
  pageFacts(tabId: number): Promise<PageFacts | null>;
  makeThumbnail(png: Blob): Promise<Thumbnail | null>;
  now(): Date;
  timeZone(): string;
  userAgent: string;
  newId(): string;
}

export async function captureScreenshot(target: CaptureTarget, caseId: string, deps: ScreenshotDeps): Promise<CapturedEvidence> {
  const facts = deps.pageFacts(target.tabId).catch(() => null);
  const takenAt = deps.now();
  const dataUrl = await deps.captureVisibleTab(target.windowId);
  const bytes = dataUrlToBytes(dataUrl);
  const original = new Blob([bytes as BlobPart], { type: 'image/png' });
  const [sha256, thumbnail, pageFacts] = await Promise.all([sha256Hex(bytes), deps.makeThumbnail(original).catch(() => null), facts]);
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
    viewport: pageFacts?.viewport ?? target.tabSize,
    devicePixelRatio: pageFacts?.devicePixelRatio ?? (target.tabSize.width ? size.width / target.tabSize.width : 1),
    image: { mediaType: 'image/png', bytes: bytes.byteLength, sha256, ...size },
  };
  return { evidence, original, thumbnail };
}
