// A full-page screenshot: scroll the area that scrolls one viewport at a time, capture each tile
// (hashing its PNG as captured), hide fixed and sticky elements after the first tile, restore the
// page, and stitch the tiles into a derived image (in parts when one canvas cannot hold it).
import type { AttachmentFile, CapturedEvidence, ScreenshotEvidence } from '../../domain/evidence';
import {
  type CanvasLimits,
  type HiddenElement,
  type ScrollArea,
  type StitchDetails,
  stitchedSize,
  tileOffsets,
} from '../../domain/fullPage';
import { DERIVATION_LOG_FORMAT, type DerivationLog, serializeDerivationLog } from '../../domain/bundle/derivation';
import { fileDigests } from '../../domain/hash';
import { dataUrlToBytes } from '../../domain/png';
import { formatRfc3339 } from '../../domain/time';
import type { CaptureTarget, ScreenshotDeps } from '../screenshot';
import type { ScrollerAnswer, ScrollerStep } from './pageScroller';
import { stitchTiles } from './stitch';

export interface FullPageDeps extends ScreenshotDeps {
  /** Runs one step of pageScroller in the tab's top frame. */
  runStep(step: ScrollerStep): Promise<ScrollerAnswer>;
  limits: CanvasLimits;
  /** Program and version for the derivation log, e.g. `Proofpack 0.1.0`. */
  tool: string;
  /** Tiles captured so far and how many there will be. */
  onProgress(done: number, total: number): void;
  /** Called once the page is back as it was (e.g. to archive it while the tiles are stitched). */
  onRestored?(): void;
  signal: AbortSignal;
}

type Step<S extends ScrollerAnswer['step']> = Extract<ScrollerAnswer, { step: S }>;

async function step<S extends ScrollerStep['step']>(
  deps: FullPageDeps,
  request: Extract<ScrollerStep, { step: S }>,
): Promise<Step<S>> {
  const answer = await deps.runStep(request);
  if (answer.step !== request.step) throw new Error(`Page answered ${answer.step} to ${request.step}`);
  return answer as Step<S>;
}

interface Tile {
  scrollTop: number;
  capturedAt: string;
  png: Blob;
  digests: { bytes: number; sha256: string; crc32: number };
}

const attachmentName = (prefix: string, index: number, ext: string) =>
  `${prefix}-${String(index + 1).padStart(2, '0')}.${ext}`;

async function captureTiles(
  deps: FullPageDeps,
  area: ScrollArea,
  windowId: number,
): Promise<{ tiles: Tile[]; hidden: HiddenElement[] }> {
  const offsets = tileOffsets(area);
  const tiles: Tile[] = [];
  let hidden: HiddenElement[] = [];
  deps.onProgress(0, offsets.length);
  for (const [i, top] of offsets.entries()) {
    deps.signal.throwIfAborted();
    if (i === 1) hidden = (await step(deps, { step: 'hide' })).hidden;
    const { scrollTop } = await step(deps, { step: 'scroll', top });
    deps.signal.throwIfAborted();
    const takenAt = deps.now();
    const bytes = dataUrlToBytes(await deps.captureVisibleTab(windowId));
    tiles.push({
      scrollTop,
      capturedAt: formatRfc3339(takenAt, deps.timeZone()),
      png: new Blob([bytes as BlobPart], { type: 'image/png' }),
      digests: await fileDigests(bytes),
    });
    deps.onProgress(i + 1, offsets.length);
  }
  return { tiles, hidden };
}

export async function captureFullPage(
  target: CaptureTarget,
  caseId: string,
  deps: FullPageDeps,
): Promise<CapturedEvidence<ScreenshotEvidence> & { log: DerivationLog }> {
  const startedAt = deps.now();
  const measured = await step(deps, { step: 'measure' });
  const area = measured.area;
  let captured: { tiles: Tile[]; hidden: HiddenElement[] };
  let restored: Step<'restore'>;
  try {
    captured = await captureTiles(deps, area, target.windowId);
  } finally {
    restored = await step(deps, { step: 'restore' });
  }
  deps.onRestored?.();
  const { tiles, hidden } = captured;
  const parts = await stitchTiles(area, tiles, deps.limits, deps.signal);
  const id = deps.newId();
  const files: { file: AttachmentFile; data: Blob }[] = [];
  const attach = async (role: AttachmentFile['role'], name: string, data: Blob, digests?: Tile['digests']) => {
    const d = digests ?? (await fileDigests(new Uint8Array(await data.arrayBuffer())));
    files.push({ file: { id: `${id}/${name}`, role, name, mediaType: data.type, ...d }, data });
    return d;
  };
  for (const [i, t] of tiles.entries()) await attach('tile', attachmentName('tile', i, 'png'), t.png, t.digests);
  const partDigests: Tile['digests'][] = [];
  for (const [i, p] of parts.entries()) {
    const digests = await fileDigests(new Uint8Array(await p.png.arrayBuffer()));
    partDigests.push(digests);
    // Part 1 is the item's image; later parts are kept beside it.
    if (i > 0) await attach('part', attachmentName('part', i, 'png'), p.png, digests);
  }
  const first = parts[0];
  const firstDigests = partDigests[0];
  if (!first || !firstDigests) throw new Error('Nothing to stitch');
  const details: StitchDetails = {
    area,
    tiles: tiles.map((t, index) => ({ index, scrollTop: t.scrollTop, capturedAt: t.capturedAt })),
    hidden: hidden.map((h) => ({ ...h, afterTile: 1 })),
    lazyScroll: { heightBefore: measured.heightBefore, heightAfter: area.scrollHeight },
    parts: parts.map((p, index) => ({
      index,
      top: p.top,
      height: p.height,
      width: p.width,
      sha256: partDigests[index]?.sha256 ?? '',
      bytes: partDigests[index]?.bytes ?? 0,
    })),
    scrollRestoredTo: {
      x: restored.x,
      y: restored.y,
      ...(restored.element === undefined ? {} : { element: restored.element }),
    },
  };
  const log: DerivationLog = {
    format: DERIVATION_LOG_FORMAT,
    version: 1,
    method: 'stitch',
    tool: deps.tool,
    createdAt: formatRfc3339(deps.now(), deps.timeZone()),
    sources: tiles.map((t) => ({ sha256: t.digests.sha256, role: 'tile', bytes: t.digests.bytes })),
    output: { sha256: firstDigests.sha256, bytes: firstDigests.bytes, mediaType: 'image/png' },
    details: { ...details },
  };
  const logBytes = serializeDerivationLog(log);
  await attach('stitch-log', 'stitch-log.json', new Blob([logBytes as BlobPart], { type: 'application/json' }));
  const size = stitchedSize(area);
  const evidence: ScreenshotEvidence = {
    id,
    caseId,
    kind: 'screenshot',
    capturedAt: formatRfc3339(startedAt, deps.timeZone()),
    capturedAtMs: startedAt.getTime(),
    timeZone: deps.timeZone(),
    url: target.url,
    title: target.title,
    caption: '',
    userAgent: deps.userAgent,
    viewport: area.viewport,
    devicePixelRatio: area.devicePixelRatio,
    image: { mediaType: 'image/png', ...firstDigests, width: first.width, height: first.height },
    fullPage: {
      method: 'proofpack-stitch',
      parts: parts.length,
      ...size,
      scrollArea: area.kind,
      derivedFrom: tiles.map((t) => t.digests.sha256),
    },
    attachments: files.map((f) => f.file),
  };
  return { evidence, original: first.png, attachments: files.map((f) => ({ id: f.file.id, data: f.data })), log };
}
