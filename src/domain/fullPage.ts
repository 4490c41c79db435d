// Full-page screenshots: where to scroll for each tile, how the tiles fill the stitched image and
// how a page taller than one canvas is split into parts — never rescaled. Pure, so it is unit-tested.

/** What the page reported about the area that scrolls (CSS pixels). */
export interface ScrollArea {
  /** `document` when the page scrolls; `element` when an inner element does (a chat pane, an app shell). */
  kind: 'document' | 'element';
  /** A readable selector of the scrolling element (`document` for the page). */
  selector: string;
  /** The visible part of the scrolling area within the viewport. */
  clip: { x: number; y: number; width: number; height: number };
  /** Full height of the content that scrolls. */
  scrollHeight: number;
  viewport: { width: number; height: number };
  devicePixelRatio: number;
}

/** A browser's canvas limits in device pixels (Chromium 156, measured: 65,535 a side, 268,435,456 in all). */
export interface CanvasLimits {
  maxSide: number;
  maxArea: number;
}

export const CHROMIUM_CANVAS_LIMITS: CanvasLimits = { maxSide: 65_535, maxArea: 268_435_456 };

/** The scroll offsets (CSS px) at which tiles are taken: one viewport apart, the last flush with the end. */
export function tileOffsets(area: Pick<ScrollArea, 'scrollHeight' | 'clip'>): number[] {
  const step = Math.max(1, Math.floor(area.clip.height));
  const last = Math.max(0, Math.ceil(area.scrollHeight - area.clip.height));
  const offsets: number[] = [];
  for (let y = 0; y < last; y += step) offsets.push(y);
  offsets.push(last);
  return offsets;
}

/** One captured tile: where the area was scrolled to (as the page reported it after scrolling). */
export interface TilePlacement {
  scrollTop: number;
}

/** Which rows of a tile (device px, within the clip) go where in the full image (device px). */
export interface TileSlice {
  tile: number;
  sourceY: number;
  targetY: number;
  height: number;
}

/** Size of the whole stitched image in device pixels. */
export function stitchedSize(area: ScrollArea): { width: number; height: number } {
  return {
    width: Math.round(area.clip.width * area.devicePixelRatio),
    height: Math.round(area.scrollHeight * area.devicePixelRatio),
  };
}

/** Each tile contributes only rows not already covered by an earlier one (earlier tiles show fixed elements). */
export function tileSlices(area: ScrollArea, tiles: TilePlacement[]): TileSlice[] {
  const dpr = area.devicePixelRatio;
  const total = stitchedSize(area).height;
  const clipRows = Math.round(area.clip.height * dpr);
  const slices: TileSlice[] = [];
  let covered = 0;
  tiles.forEach((t, tile) => {
    const top = Math.round(t.scrollTop * dpr);
    const end = Math.min(total, top + clipRows);
    if (end <= covered) return;
    if (top > covered) throw new Error(`Tiles cover ${covered} of ${total} rows: tile ${tile} starts at ${top}`);
    const targetY = Math.max(covered, top);
    slices.push({ tile, sourceY: targetY - top, targetY, height: end - targetY });
    covered = end;
  });
  if (covered < total) throw new Error(`Tiles cover ${covered} of ${total} rows`);
  return slices;
}

/** Row ranges of the parts the full image is saved in, each within the canvas limits. */
export function partRanges(
  size: { width: number; height: number },
  limits: CanvasLimits,
): { top: number; height: number }[] {
  if (size.width > limits.maxSide) throw new Error(`Page is ${size.width} px wide; a canvas holds ${limits.maxSide}`);
  const maxRows = Math.min(limits.maxSide, Math.floor(limits.maxArea / Math.max(1, size.width)));
  const parts: { top: number; height: number }[] = [];
  for (let top = 0; top < size.height; top += maxRows)
    parts.push({ top, height: Math.min(maxRows, size.height - top) });
  return parts;
}

/** The slices of one part, with target rows relative to the part's top. */
export function slicesInPart(slices: TileSlice[], part: { top: number; height: number }): TileSlice[] {
  const end = part.top + part.height;
  return slices.flatMap((s) => {
    const from = Math.max(s.targetY, part.top);
    const to = Math.min(s.targetY + s.height, end);
    if (to <= from) return [];
    return [{ tile: s.tile, sourceY: s.sourceY + (from - s.targetY), targetY: from - part.top, height: to - from }];
  });
}

/** An element hidden after the first tile so it appears once (and shown again afterwards). */
export interface HiddenElement {
  selector: string;
  position: 'fixed' | 'sticky';
}

/** The `details` of a stitch's derivation log (bundle format 1.1, domain/bundle/derivation.ts). */
export interface StitchDetails {
  /** The area that scrolled, its visible part (clip), viewport and device pixel ratio. */
  area: ScrollArea;
  /** Each tile as captured: where the area was scrolled to and when. */
  tiles: { index: number; scrollTop: number; capturedAt: string }[];
  /** Hidden from the second tile on, so each appears once (on the first tile). */
  hidden: (HiddenElement & { afterTile: 1 })[];
  /** Lazy content: the area's height before and after scrolling through it once. */
  lazyScroll: { heightBefore: number; heightAfter: number };
  /** Row ranges (device px) of the parts; part 1 is the output, later ones are files beside it. */
  parts: { index: number; top: number; height: number; width: number; sha256: string; bytes: number }[];
  scrollRestoredTo: { x: number; y: number; element?: number };
}
