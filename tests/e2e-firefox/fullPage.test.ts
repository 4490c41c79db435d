// Firefox: "Capture full page" in the popup on a 6,000 px page with a fixed header and coloured bands →
// one stitched PNG of the page's size × device pixel ratio, the header once, every tile hashed; and the
// page kept beside it as HTML without scripts (Firefox has no MHTML), hashed at capture.
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivationLog } from '../../src/domain/bundle/derivation';
import type { ScreenshotEvidence } from '../../src/domain/evidence';
import type { StitchDetails } from '../../src/domain/fullPage';
import { BANDS, HEADER, LAZY_SEEN, readAttachments, sha256 } from '../e2e/support/fullPage';
import { pixels } from '../e2e/support/store';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';

const SHOWN = BANDS.slice(0, 5); // the sixth is the lazy one
let fps: FirefoxProviderSession;

beforeAll(async () => {
  // A device pixel ratio of 2, as on a HiDPI screen: the stitched image must be 2 × the page's CSS size.
  fps = await openFirefoxProviderSession('full-page/bands.html', { 'layout.css.devPixelsPerPx': '2.0' });
});
afterAll(async () => {
  await fps?.close();
});

describe('Firefox: capture full page from the popup', () => {
  it('stitches the page at its size × DPR with the header once, tiles hashed, and keeps its HTML', async () => {
    await fps.provider.evaluate(() => window.scrollTo(0, 1234));
    const page = await fps.provider.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
      dpr: window.devicePixelRatio,
    }));
    expect(page).toMatchObject({ height: 6000, dpr: 2 });
    const message = await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Capture full page')).click();
      return textOf(
        popup,
        '[data-testid=full-page-status] .status.ok, [data-testid=full-page-status] .status.error',
        110_000,
      );
    });
    expect(message).toMatch(/^Full page saved at /);

    const [item] = (await readFirefoxStore(fps.inspector)).items;
    const record = item?.record as ScreenshotEvidence;
    if (!item?.originalBase64 || !record.fullPage) throw new Error('no full page stored');
    const png = Buffer.from(item.originalBase64, 'base64');
    expect(sha256(png)).toBe(record.image.sha256);
    const [width, height] = [Math.round(page.width * page.dpr), Math.round(6000 * page.dpr)];
    expect(record.fullPage).toMatchObject({ parts: 1, width, height });

    const stored = await readAttachments(fps.inspector as unknown as PlaywrightPage);
    const files = record.attachments ?? [];
    for (const f of files) expect(sha256(stored.get(f.id) ?? Buffer.alloc(0)), f.name).toBe(f.sha256);
    const tiles = files.filter((f) => f.role === 'tile');
    expect(tiles.length).toBe(Math.ceil(6000 / page.viewport));
    expect(record.fullPage.derivedFrom).toEqual(tiles.map((t) => t.sha256));
    const logFile = files.find((f) => f.role === 'stitch-log');
    const log = JSON.parse(stored.get(logFile?.id ?? '')?.toString() ?? '{}') as DerivationLog & {
      details: StitchDetails;
    };
    expect(log.output.sha256).toBe(record.image.sha256);
    expect(log.details.hidden).toEqual([{ selector: 'header', position: 'fixed', afterTile: 1 }]);

    // Band middles, the header at the top, and no header where a later tile starts.
    const at = (x: number, y: number): [number, number] => [Math.round(x * page.dpr), Math.round(y * page.dpr)];
    const tileTops = log.details.tiles.slice(1).map((t) => t.scrollTop);
    const points = [...SHOWN.map((_, i) => at(50, i * 1000 + 500)), at(50, 5500), at(50, 30)];
    points.push(...tileTops.map((top) => at(50, top + 30)));
    const decoded = await pixels(fps.inspector as unknown as PlaywrightPage, item.originalBase64, points);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width, height });
    const band = (y: number) => (y >= 5000 ? LAZY_SEEN : [...(SHOWN[Math.floor(y / 1000)] ?? []), 255]);
    expect(decoded.rgba.slice(0, 6)).toEqual([...SHOWN.map((c) => [...c, 255]), LAZY_SEEN]);
    expect(decoded.rgba[6]).toEqual(HEADER);
    expect(decoded.rgba.slice(7)).toEqual(tileTops.map((top) => band(top + 30)));
    expect(await fps.provider.evaluate(() => window.scrollY)).toBe(1234);

    // The page itself: HTML without scripts, hashed when taken.
    const archive = files.find((f) => f.role === 'page-archive');
    expect(archive).toMatchObject({ name: 'page.html', mediaType: 'text/html;charset=utf-8' });
    const html = stored.get(archive?.id ?? '')?.toString('utf8') ?? '';
    expect(html).toContain('Outage report 7f3a: desktops unreachable since 09:12.');
    expect(html).not.toMatch(/<script/i);
  });
});
