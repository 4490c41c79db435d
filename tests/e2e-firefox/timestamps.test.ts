// Firefox asks for host permissions for real, so this is where "asks for the authority's origin
// only" shows: with site access taken away, turning trusted timestamps on (a real click in the
// workspace) asks for the local authority's origin alone, and the capture made earlier is stamped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTsa } from '../../scripts/lib/testTsa.mjs';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';

let fps: FirefoxProviderSession;
let tsa: Awaited<ReturnType<typeof startTestTsa>>;
const granted = (origins: string[]) =>
  fps.inspector.evaluate((o) => browser.permissions.contains({ origins: o }), origins);

beforeAll(async () => {
  tsa = await startTestTsa();
  // Answers the permission prompt with "Allow"; the request still has to come from a real click.
  fps = await openFirefoxProviderSession('provider/index.html', {
    'extensions.webextOptionalPermissionPrompts': false,
  });
});
afterAll(async () => {
  await fps?.close();
  await tsa?.close();
});

describe('Firefox: trusted timestamps', () => {
  it('asks for the chosen authority only, then stamps the case with it', async () => {
    await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Capture screenshot')).click();
      expect(await textOf(popup, '[data-testid=capture-status] .status.ok')).toMatch(/^Saved at /);
    });
    await fps.inspector.evaluate(() => browser.permissions.remove({ origins: ['<all_urls>'] }));
    expect(await granted(['http://127.0.0.1/*'])).toBe(false);
    expect(tsa.requests()).toBe(0);

    const panel = fps.inspector;
    await panel.bringToFront();
    // The header's ⋯ menu: New case, Rename, Settings, Trusted timestamps, …
    await (await panel.waitForSelector('.panel-header .menu-button'))?.click();
    await (await panel.waitForSelector('[role=menuitem]:nth-of-type(4)'))?.click();
    await panel.select('#ts-authority', 'custom');
    await panel.type('#ts-custom-url', tsa.url);
    await panel.keyboard.press('Tab');
    await (await panel.waitForSelector('#ts-enabled'))?.click();
    expect(await textOf(panel, '[data-testid=timestamp-settings] [role=status]')).toMatch(/^On\./);
    expect(await granted(['http://127.0.0.1/*'])).toBe(true);
    expect(await granted(['<all_urls>'])).toBe(false);

    await panel.waitForFunction(() => document.querySelectorAll('[data-testid=timestamp-lines]').length === 1, {
      timeout: 30_000,
    });
    expect(await textOf(panel, '[data-testid=timestamp-lines]')).toMatch(
      /^Timestamped by 127\.0\.0\.1:\d+ at \d{1,2} [A-Z][a-z]{2} 20\d\d, [\d:]{8} \(UTC/,
    );
    expect(tsa.requests()).toBe(1);
    expect((await readFirefoxStore(panel)).items).toHaveLength(1);
  });
});
