// A user on a provider's outage page clicks "Capture screenshot" in the real popup; the PNG, its
// hash and its metadata are stored, the badge counts it, and the side panel lists it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, stopServiceWorker } from '../../scripts/lib/chromium.mjs';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { expectProviderScreenshot, VIEWPORT_SEEN } from './support/providerScreenshot';
import { readStore } from './support/store';

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
    await expectProviderScreenshot(items[0], ps.inspector, {
      url: ps.server.url('provider/index.html'),
      before,
      after,
      userAgent: /Chrome\/\d+/,
      seen: await ps.provider.evaluate(VIEWPORT_SEEN),
    });

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
