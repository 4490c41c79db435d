// A user on a provider's outage page clicks "Capture screenshot" in the real popup; the PNG, its
// hash and its metadata are stored, the badge counts it, and the side panel lists it.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, stopServiceWorker } from '../../scripts/lib/chromium.mjs';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { pixels, readStore } from './support/store';

let ps: ProviderSession;
let session: ExtensionSession;

async function badgeText(): Promise<string> {
  const sw = await session.serviceWorker();
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

beforeAll(async () => {
  ps = await openProviderSession({ providerPath: 'provider/index.html' });
  session = ps.session;
});

afterAll(async () => {
  await ps?.close();
});

describe('Capture screenshot from the popup', () => {
  it('stores the visible page as a PNG with hash and metadata, and confirms it', async () => {
    const before = Date.now();
    const { message } = await captureFromPopup(ps);
    const after = Date.now();
    expect(message).toMatch(/^Saved at /);

    const { items } = await readStore(ps.inspector);
    expect(items).toHaveLength(1);
    const [item] = items;
    if (!item?.originalBase64) throw new Error('no original stored');
    const png = Buffer.from(item.originalBase64, 'base64');
    const record = item.record;
    if (record.kind !== 'screenshot') throw new Error(`expected a screenshot, got ${record.kind}`);

    expect(item.originalType).toBe('image/png');
    expect(record.image.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    expect(record.image.bytes).toBe(png.length);
    expect(record.url).toBe(ps.server.url('provider/index.html'));
    expect(record.title).toBe('CloudDesk — Service status');
    expect(record.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(Date.parse(record.capturedAt)).toBe(record.capturedAtMs);
    expect(record.capturedAtMs).toBeGreaterThanOrEqual(before);
    expect(record.capturedAtMs).toBeLessThanOrEqual(after);
    expect(record.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(record.userAgent).toMatch(/Chrome\/\d+/);
    const seen = await ps.provider.evaluate(() => ({
      width: window.innerWidth,
      height: window.innerHeight,
      dpr: window.devicePixelRatio,
    }));
    expect(record.viewport).toEqual({ width: seen.width, height: seen.height });
    expect(record.devicePixelRatio).toBe(seen.dpr);
    expect(item.hasThumbnail).toBe(true);

    // Known colours of the fixture page: top bar, outage box, page background.
    const decoded = await pixels(ps.inspector, item.originalBase64, [
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

    expect(await badgeText()).toBe('1');
  });

  it('lists the capture in the side panel, opens it, captions it and deletes it after confirmation', async () => {
    const panel = await session.context.newPage();
    await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
    const row = panel.getByTestId('evidence-item');
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.innerText()).toContain('CloudDesk — Service status');
    expect(await row.innerText()).toContain(ps.server.url('provider/index.html'));
    await expect.poll(() => row.locator('img').count()).toBe(1);

    await row.getByRole('button', { name: /View full screenshot/ }).click();
    const viewer = panel.getByTestId('evidence-viewer');
    await viewer.getByRole('img').waitFor();
    const { items } = await readStore(ps.inspector);
    expect(await viewer.innerText()).toContain(
      (items[0]?.record.kind === 'screenshot' ? items[0].record.image.sha256 : undefined) ?? 'missing',
    );
    await panel.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    await row.getByLabel('Caption').fill('Outage page <b>at 09:12</b>');
    await row.getByLabel('Caption').blur();
    await expect
      .poll(async () => (await readStore(ps.inspector)).items[0]?.record.caption)
      .toBe('Outage page <b>at 09:12</b>');

    await row.getByRole('button', { name: /^Delete/ }).click();
    const confirm = panel.getByTestId('confirm-dialog');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect((await readStore(ps.inspector)).items).toHaveLength(1);
    await row.getByRole('button', { name: /^Delete/ }).click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await readStore(ps.inspector)).items).toHaveLength(0);
    expect(await badgeText()).toBe('');
    await panel.close();
  });

  it('queues rapid captures behind the browser rate limit without losing any', async () => {
    await ps.provider.bringToFront();
    const results = await ps.inspector.evaluate(async () => {
      const send = () => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'capture/screenshot', payload: {} });
      return Promise.all([send(), send(), send(), send()]);
    });
    expect(results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, true, true]);
    const { items } = await readStore(ps.inspector);
    expect(items).toHaveLength(4);
    expect(new Set(items.map((i) => i.record.id)).size).toBe(4);
  });

  it('keeps working after the service worker is stopped', async () => {
    await stopServiceWorker(session);
    expect(session.runningServiceWorker()).toBeNull();
    const { message } = await captureFromPopup(ps);
    expect(message).toMatch(/^Saved at /);
    expect((await readStore(ps.inspector)).items).toHaveLength(5);
  });
});
