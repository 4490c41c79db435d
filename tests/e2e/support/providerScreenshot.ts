// What a screenshot of the fixture provider page (provider/index.html) must hold, in any browser:
// the PNG whole and hashed, the capture's metadata, and the page's known colours in its pixels.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pixels, type StoredItem } from './store';

export interface PageFacts {
  url: string;
  /** Date.now() just before and just after the capture was asked for. */
  before: number;
  after: number;
  userAgent: RegExp;
  seen: { width: number; height: number; dpr: number };
}

/** `reader` is an extension page; the Firefox tests pass puppeteer's, which evaluates the same way. */
export async function expectProviderScreenshot(item: StoredItem | undefined, reader: Page, facts: PageFacts) {
  if (!item?.originalBase64) throw new Error('no original stored');
  const png = Buffer.from(item.originalBase64, 'base64');
  const record = item.record;
  if (record.kind !== 'screenshot') throw new Error(`expected a screenshot, got ${record.kind}`);
  expect(item.originalType).toBe('image/png');
  expect(record.image.sha256).toBe(createHash('sha256').update(png).digest('hex'));
  expect(record.image.bytes).toBe(png.length);
  expect(record.url).toBe(facts.url);
  expect(record.title).toBe('CloudDesk — Service status');
  expect(record.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
  expect(Date.parse(record.capturedAt)).toBe(record.capturedAtMs);
  expect(record.capturedAtMs).toBeGreaterThanOrEqual(facts.before);
  expect(record.capturedAtMs).toBeLessThanOrEqual(facts.after);
  expect(record.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  expect(record.userAgent).toMatch(facts.userAgent);
  const { seen } = facts;
  expect(record.viewport).toEqual({ width: seen.width, height: seen.height });
  expect(record.devicePixelRatio).toBe(seen.dpr);
  expect(item.hasThumbnail).toBe(true);

  // Known colours of the fixture page: top bar, outage box, page background.
  const decoded = await pixels(reader, item.originalBase64, [
    [600, 40],
    [490, 300],
    [700, 600],
  ]);
  expect({ width: decoded.width, height: decoded.height }).toEqual({
    width: seen.width * seen.dpr,
    height: seen.height * seen.dpr,
  });
  expect({ width: record.image.width, height: record.image.height }).toEqual({
    width: decoded.width,
    height: decoded.height,
  });
  expect(decoded.rgba).toEqual([
    [29, 78, 216, 255],
    [220, 38, 38, 255],
    [243, 244, 246, 255],
  ]);
}

/** The viewport as the page itself sees it (its tab's size, in CSS pixels). */
export const VIEWPORT_SEEN = () => ({
  width: window.innerWidth,
  height: window.innerHeight,
  dpr: window.devicePixelRatio,
});
