import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_CANVAS_LIMITS,
  partRanges,
  type ScrollArea,
  slicesInPart,
  stitchedSize,
  tileOffsets,
  tileSlices,
} from '../../../src/domain/fullPage';

const area = (scrollHeight: number, clipHeight: number, dpr = 1): ScrollArea => ({
  kind: 'document',
  selector: 'document',
  clip: { x: 0, y: 0, width: 1000, height: clipHeight },
  scrollHeight,
  viewport: { width: 1000, height: clipHeight },
  devicePixelRatio: dpr,
});

describe('tileOffsets', () => {
  it.each([
    [6000, 800, [0, 800, 1600, 2400, 3200, 4000, 4800, 5200]],
    [1600, 800, [0, 800]],
    [500, 800, [0]],
    [801, 800, [0, 1]],
  ])('a %i px area seen %i px at a time', (height, clip, expected) => {
    expect(tileOffsets(area(height, clip))).toEqual(expected);
  });
});

describe('tileSlices', () => {
  it('takes from each tile only rows no earlier tile covered, so the last tile adds just the end', () => {
    const a = area(2000, 800, 2);
    const slices = tileSlices(a, [{ scrollTop: 0 }, { scrollTop: 800 }, { scrollTop: 1200 }]);
    expect(slices).toEqual([
      { tile: 0, sourceY: 0, targetY: 0, height: 1600 },
      { tile: 1, sourceY: 0, targetY: 1600, height: 1600 },
      { tile: 2, sourceY: 800, targetY: 3200, height: 800 },
    ]);
    expect(stitchedSize(a)).toEqual({ width: 2000, height: 4000 });
  });

  it('refuses tiles that leave rows uncovered (the page moved while scrolling)', () => {
    expect(() => tileSlices(area(3000, 800), [{ scrollTop: 0 }, { scrollTop: 2200 }])).toThrow(/cover/);
  });
});

describe('partRanges', () => {
  it('keeps a page that fits in one part', () => {
    expect(partRanges({ width: 2560, height: 12_000 }, CHROMIUM_CANVAS_LIMITS)).toEqual([{ top: 0, height: 12_000 }]);
  });

  it('splits at the longest side a canvas holds, never rescaling', () => {
    expect(partRanges({ width: 2560, height: 68_000 }, CHROMIUM_CANVAS_LIMITS)).toEqual([
      { top: 0, height: 65_535 },
      { top: 65_535, height: 2465 },
    ]);
  });

  it('splits wide pages by the area limit', () => {
    const parts = partRanges({ width: 16_384, height: 40_000 }, CHROMIUM_CANVAS_LIMITS);
    expect(parts.map((p) => p.height)).toEqual([16_384, 16_384, 7232]);
  });

  it('refuses a page wider than a canvas', () => {
    expect(() => partRanges({ width: 70_000, height: 10 }, CHROMIUM_CANVAS_LIMITS)).toThrow(/wide/);
  });
});

describe('slicesInPart', () => {
  it('cuts a slice that crosses a part boundary into both parts', () => {
    const slices = [{ tile: 0, sourceY: 0, targetY: 0, height: 1000 }];
    expect(slicesInPart(slices, { top: 600, height: 600 })).toEqual([
      { tile: 0, sourceY: 600, targetY: 0, height: 400 },
    ]);
    expect(slicesInPart(slices, { top: 0, height: 600 })).toEqual([{ tile: 0, sourceY: 0, targetY: 0, height: 600 }]);
  });
});
