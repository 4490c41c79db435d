// Stitching tiles into full-page PNG parts in the service worker, which has no DOM but has
// createImageBitmap and OffscreenCanvas. One part is drawn at a time, so memory holds one canvas.
import {
  type CanvasLimits,
  partRanges,
  type ScrollArea,
  slicesInPart,
  stitchedSize,
  tileSlices,
} from '../../domain/fullPage';
import type { TilePlacement } from '../../domain/fullPage';

export interface StitchedPart {
  top: number;
  height: number;
  width: number;
  png: Blob;
}

// Pixels are copied as captured: no colour conversion, no premultiplication round trip.
const EXACT: ImageBitmapOptions = { colorSpaceConversion: 'none', premultiplyAlpha: 'none' };

export async function stitchTiles(
  area: ScrollArea,
  tiles: (TilePlacement & { png: Blob })[],
  limits: CanvasLimits,
  signal?: AbortSignal,
): Promise<StitchedPart[]> {
  const size = stitchedSize(area);
  const slices = tileSlices(area, tiles);
  const dpr = area.devicePixelRatio;
  const sourceX = Math.round(area.clip.x * dpr);
  const sourceTop = Math.round(area.clip.y * dpr);
  const parts: StitchedPart[] = [];
  for (const range of partRanges(size, limits)) {
    signal?.throwIfAborted();
    const canvas = new OffscreenCanvas(size.width, range.height);
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('No 2D canvas in this browser');
    context.imageSmoothingEnabled = false;
    for (const s of slicesInPart(slices, range)) {
      const tile = tiles[s.tile];
      if (!tile) throw new Error(`Tile ${s.tile} missing`);
      const bitmap = await createImageBitmap(tile.png, EXACT);
      context.drawImage(
        bitmap,
        sourceX,
        sourceTop + s.sourceY,
        size.width,
        s.height,
        0,
        s.targetY,
        size.width,
        s.height,
      );
      bitmap.close();
    }
    const png = await canvas.convertToBlob({ type: 'image/png' });
    parts.push({ top: range.top, height: range.height, width: size.width, png });
  }
  return parts;
}
