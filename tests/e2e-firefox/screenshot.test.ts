// Firefox: a user on a provider's outage page clicks "Capture screenshot" in the popup; the PNG, its
// hash and its metadata are stored exactly as in Chromium.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { pixels } from '../e2e/support/store';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';

let fps: FirefoxProviderSession;

beforeAll(async () => {
  fps = await openFirefoxProviderSession('provider/index.html');
});
afterAll(async () => {
  await fps?.close();
});

describe('Firefox: capture screenshot from the popup', () => {
  it('stores the visible page as a PNG with hash and metadata, and confirms it', async () => {
    const before = Date.now();
    const message = await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Capture screenshot')).click();
      return textOf(popup, '[data-testid=capture-status] .status');
    });
    const after = Date.now();
    expect(message).toMatch(/^Saved at /);

    const { items } = await readFirefoxStore(fps.inspector);
    expect(items).toHaveLength(1);
    const [item] = items;
    if (!item?.originalBase64) throw new Error('no original stored');
    const png = Buffer.from(item.originalBase64, 'base64');
    const record = item.record;
    if (record.kind !== 'screenshot') throw new Error(`expected a screenshot, got ${record.kind}`);
    expect(item.originalType).toBe('image/png');
    expect(record.image.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    expect(record.image.bytes).toBe(png.length);
    expect(record.url).toBe(fps.server.url('provider/index.html'));
    expect(record.title).toBe('CloudDesk — Service status');
    expect(record.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(Date.parse(record.capturedAt)).toBe(record.capturedAtMs);
    expect(record.capturedAtMs).toBeGreaterThanOrEqual(before);
    expect(record.capturedAtMs).toBeLessThanOrEqual(after);
    expect(record.userAgent).toMatch(/Firefox\/\d+/);
    const seen = await fps.provider.evaluate(() => ({
      width: window.innerWidth,
      height: window.innerHeight,
      dpr: window.devicePixelRatio,
    }));
    expect(record.viewport).toEqual({ width: seen.width, height: seen.height });
    expect(record.devicePixelRatio).toBe(seen.dpr);
    expect(item.hasThumbnail).toBe(true);

    // Known colours of the fixture page: top bar, outage box, page background.
    const decoded = await pixels(fps.inspector as unknown as PlaywrightPage, item.originalBase64, [
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
  });
});
