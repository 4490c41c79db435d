// Firefox lets the user take back Proofpack's access to websites. The popup then says what the access
// is for and asks for it from the click; a capture meanwhile fails with that reason and stores nothing.
// Also: "Open sidebar" opens the workspace in Firefox's sidebar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';

let fps: FirefoxProviderSession;
const ALL_SITES = { origins: ['<all_urls>'] };
type Sidebar = { sidebarAction: { isOpen(details: { windowId?: number }): Promise<boolean> } };
const hasAccess = () => fps.inspector.evaluate((all) => browser.permissions.contains(all), ALL_SITES);

beforeAll(async () => {
  // Answers Firefox's permission prompt with "Allow", as the user would; the request itself still
  // has to come from a real click (BiDi input actions are one), or Firefox refuses it.
  fps = await openFirefoxProviderSession('provider/index.html', {
    'extensions.webextOptionalPermissionPrompts': false,
  });
  // As the user does in about:addons → Proofpack → Permissions.
  await fps.inspector.evaluate((all) => browser.permissions.remove(all), ALL_SITES);
  expect(await hasAccess()).toBe(false);
});
afterAll(async () => {
  await fps?.close();
});

describe('Firefox: site access taken back', () => {
  it('explains the missing access, refuses to capture with that reason, then works once allowed', async () => {
    await withFirefoxPopup(fps, async (popup) => {
      expect(await textOf(popup, '[data-testid=site-access]')).toContain(
        'Proofpack must be allowed to read the pages you capture',
      );
      await (await button(popup, 'Capture screenshot')).click();
      expect(await textOf(popup, '[data-testid=capture-status] .status.error')).toBe(
        'Proofpack is not allowed to read this page, so nothing was saved. ' +
          'Click the Proofpack button in the toolbar, choose “Allow access to websites”, then try again.',
      );
      expect((await readFirefoxStore(fps.inspector)).items).toHaveLength(0);

      await (await button(popup, 'Allow access to websites')).click();
      await popup.waitForSelector('[data-testid=site-access]', { hidden: true });
      expect(await hasAccess()).toBe(true);
      await (await button(popup, 'Capture screenshot')).click();
      expect(await textOf(popup, '[data-testid=capture-status] .status.ok')).toMatch(/^Saved at /);
    });
    expect((await readFirefoxStore(fps.inspector)).items).toHaveLength(1);
  });

  it("opens the workspace in the sidebar of the provider's window from the popup", async () => {
    // Firefox opens the sidebar in the focused window: for the real popup, the window it belongs to;
    // here, the provider's window (which also holds the inspector tab).
    const windowId = await fps.inspector.evaluate(async () => (await browser.windows.getCurrent()).id);
    const isOpen = () =>
      fps.inspector.evaluate((id) => (browser as unknown as Sidebar).sidebarAction.isOpen({ windowId: id }), windowId);
    expect(await isOpen()).toBe(false);
    await withFirefoxPopup(fps, async (popup) => {
      expect(await popup.$('[data-testid=site-access]')).toBeNull();
      await (await button(popup, 'Open sidebar')).click();
      await fps.inspector.waitForFunction(
        (id) => (browser as unknown as Sidebar).sidebarAction.isOpen({ windowId: id }),
        {},
        windowId,
      );
    });
    expect(await isOpen()).toBe(true);
  });
});
