// "Capture full page" in the real popup at device pixel ratio 2: a 6,000 px page with a fixed header
// and coloured bands, a page that scrolls inside an element, and a page taller than a canvas (parts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivationLog } from '../../src/domain/bundle/derivation';
import type { StitchDetails } from '../../src/domain/fullPage';
import type { ScreenshotEvidence } from '../../src/domain/evidence';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixtureServer.mjs';
import { BANDS, captureFullPageFromPopup, HEADER, LAZY_SEEN, readAttachments, sha256 } from './support/fullPage';
import type { ProviderSession } from './support/providerSession';
import { pixels, readStore } from './support/store';

const DPR = 2;
let ps: ProviderSession;

beforeAll(async () => {
  const server = await startFixtureServer();
  const session = await launchWithExtension({ args: [`--force-device-scale-factor=${DPR}`] });
  const inspector = await session.context.newPage();
  await inspector.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  const provider = await session.context.newPage();
  ps = {
    session,
    server,
    provider,
    inspector,
    close: async () => {
      await session.close();
      await server.close();
    },
  };
});

afterAll(async () => {
  await ps?.close();
});

async function newestScreenshot() {
  const { items } = await readStore(ps.inspector);
  const item = items.sort((a, b) => b.record.capturedAtMs - a.record.capturedAtMs)[0];
  if (!item?.originalBase64 || item.record.kind !== 'screenshot') throw new Error('no screenshot stored');
  return { record: item.record as ScreenshotEvidence, png: item.originalBase64, hasThumbnail: item.hasThumbnail };
}

/** The item's attachments by role, each checked against the SHA-256 recorded for it. */
async function attachmentsOf(record: ScreenshotEvidence) {
  const stored = await readAttachments(ps.inspector);
  const files = record.attachments ?? [];
  for (const f of files) expect(sha256(stored.get(f.id) ?? Buffer.alloc(0)), f.name).toBe(f.sha256);
  const log = JSON.parse(stored.get(files.find((f) => f.role === 'stitch-log')?.id ?? '')?.toString() ?? '{}');
  const bytes = (role: string) => files.filter((f) => f.role === role).map((f) => stored.get(f.id) ?? Buffer.alloc(0));
  return { files, log: log as DerivationLog & { details: StitchDetails }, tiles: bytes('tile'), parts: bytes('part') };
}

/** Where the bands page is scrolled, and whether its fixed header shows. */
const scrollAndHeader = () =>
  ps.provider.evaluate(() => ({
    y: window.scrollY,
    header: getComputedStyle(document.querySelector('header') as Element).visibility,
  }));

describe('Capture full page', () => {
  it('stitches a 6,000 px page at its exact size × DPR, the fixed header once, every tile hashed', async () => {
    await ps.provider.goto(ps.server.url('full-page/bands.html'));
    await ps.provider.evaluate(() => window.scrollTo(0, 1234));
    const page = await ps.provider.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
      dpr: window.devicePixelRatio,
    }));
    expect(page.dpr).toBe(DPR);
    expect(page.height).toBe(6000);

    const result = await captureFullPageFromPopup(ps);
    expect(result.progressSeen).toMatch(/Capturing part \d+ of \d+|Putting the page together/);
    expect(result).toMatchObject({ ok: true });
    expect(result.message).toMatch(/^Full page saved at /);

    const { record, png, hasThumbnail } = await newestScreenshot();
    expect(hasThumbnail).toBe(true);
    expect(record.fullPage).toMatchObject({ parts: 1, width: page.width * DPR, height: 6000 * DPR });
    expect(sha256(Buffer.from(png, 'base64'))).toBe(record.image.sha256);
    const { log, tiles } = await attachmentsOf(record);
    expect(tiles.length).toBe(Math.ceil(6000 / page.viewport));
    expect(record.fullPage?.derivedFrom).toEqual(tiles.map(sha256));
    expect(log.sources).toEqual(tiles.map((t) => ({ sha256: sha256(t), role: 'tile', bytes: t.length })));
    expect(log.output).toEqual({ sha256: record.image.sha256, bytes: record.image.bytes, mediaType: 'image/png' });
    expect(log.details.area).toMatchObject({ kind: 'document', devicePixelRatio: DPR, scrollHeight: 6000 });
    expect(log.details.hidden).toEqual([{ selector: 'header', position: 'fixed', afterTile: 1 }]);
    expect(log.details.scrollRestoredTo).toMatchObject({ x: 0, y: 1234 });

    // The middle of each band, the header at the top only, and where a repeated header would be.
    const points: [number, number][] = BANDS.map((_, i) => [50 * DPR, (i * 1000 + 500) * DPR]);
    const tileTops = log.details.tiles.slice(1).map((t) => t.scrollTop);
    points.push([50 * DPR, 30 * DPR], ...tileTops.map((top): [number, number] => [50 * DPR, (top + 30) * DPR]));
    const decoded = await pixels(ps.inspector, png, points);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: page.width * DPR, height: 6000 * DPR });
    const bandAt = (y: number) => [...(BANDS[Math.floor(y / 1000)] ?? []), 255];
    expect(decoded.rgba.slice(0, 5)).toEqual(BANDS.slice(0, 5).map((c) => [...c, 255]));
    expect(decoded.rgba[5]).toEqual(LAZY_SEEN); // the lazy band was scrolled into view first
    expect(decoded.rgba[6]).toEqual(HEADER);
    expect(decoded.rgba.slice(7)).toEqual(tileTops.map((top) => (top + 30 >= 5000 ? LAZY_SEEN : bandAt(top + 30))));

    // The page is left as it was: scroll position and the header shown again.
    expect(await scrollAndHeader()).toEqual({ y: 1234, header: 'visible' });
  });

  it('scrolls the element that scrolls when the page itself does not (an app shell’s chat pane)', async () => {
    await ps.provider.goto(ps.server.url('full-page/pane.html'));
    const pane = await ps.provider.evaluate(() => {
      const el = document.getElementById('pane') as HTMLElement;
      el.scrollTop = 700;
      return { width: el.clientWidth, height: el.scrollHeight };
    });
    const result = await captureFullPageFromPopup(ps);
    expect(result.ok).toBe(true);
    const { record, png } = await newestScreenshot();
    const { log } = await attachmentsOf(record);
    expect(log.details.area).toMatchObject({ kind: 'element', selector: 'section#pane', scrollHeight: 3000 });
    const points = BANDS.map((_, i): [number, number] => [10 * DPR, (i * 500 + 250) * DPR]);
    const decoded = await pixels(ps.inspector, png, points);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: pane.width * DPR, height: 3000 * DPR });
    expect(decoded.rgba).toEqual(BANDS.map((c) => [...c, 255]));
    expect(await ps.provider.evaluate(() => document.getElementById('pane')?.scrollTop)).toBe(700);
  });

  it('Cancel stops the capture, stores nothing and puts the page back', async () => {
    await ps.provider.goto(ps.server.url('full-page/bands.html?height=20000'));
    await ps.provider.evaluate(() => window.scrollTo(0, 900));
    const before = (await readStore(ps.inspector)).items.length;
    const filesBefore = (await readAttachments(ps.inspector)).size;
    const result = await captureFullPageFromPopup(ps, async (popup) => {
      await popup.getByText(/Capturing part [2-9]/).waitFor();
      await popup.getByRole('button', { name: 'Cancel' }).click();
    });
    expect(result).toEqual(expect.objectContaining({ ok: false, message: expect.stringMatching(/^Cancelled\./) }));
    expect((await readStore(ps.inspector)).items.length).toBe(before);
    expect((await readAttachments(ps.inspector)).size).toBe(filesBefore);
    expect(await scrollAndHeader()).toEqual({ y: 900, header: 'visible' });
  });

  it('saves a page taller than a canvas can hold in parts, never rescaled', async () => {
    const height = 34_000; // × DPR 2 = 68,000 rows: past Chromium's 65,535-pixel canvas side
    await ps.provider.goto(ps.server.url(`full-page/bands.html?height=${height}`));
    const result = await captureFullPageFromPopup(ps);
    expect(result.message).toMatch(/in 2 parts/);
    const { record, png } = await newestScreenshot();
    const { log, parts } = await attachmentsOf(record);
    expect(record.fullPage).toMatchObject({ parts: 2, height: height * DPR });
    expect(log.details.parts.map((p) => p.height)).toEqual([65_535, height * DPR - 65_535]);
    const [second] = parts;
    if (!second) throw new Error('second part missing');
    // Rows at 32,767.5 CSS px: the end of part 1 and the start of part 2 hold the band there (E, pink).
    const one = await pixels(ps.inspector, png, [[10, 65_534]]);
    const two = await pixels(ps.inspector, second.toString('base64'), [
      [10, 0],
      [10, height * DPR - 65_535 - 1],
    ]);
    expect(one.height).toBe(65_535);
    expect(two.height).toBe(height * DPR - 65_535);
    expect(one.rgba[0]).toEqual([...(BANDS[32 % 6] ?? []), 255]);
    expect(two.rgba).toEqual([[...(BANDS[32 % 6] ?? []), 255], LAZY_SEEN]);
  }, 150_000);
});
