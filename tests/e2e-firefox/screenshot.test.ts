// Firefox: a user on a provider's outage page clicks "Capture screenshot" in the popup; the PNG, its
// hash and its metadata are stored exactly as in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { expectProviderScreenshot, VIEWPORT_SEEN } from '../e2e/support/providerScreenshot';
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
    await expectProviderScreenshot(items[0], fps.inspector as unknown as PlaywrightPage, {
      url: fps.server.url('provider/index.html'),
      before,
      after,
      userAgent: /Firefox\/\d+/,
      seen: await fps.provider.evaluate(VIEWPORT_SEEN),
    });
  });
});
