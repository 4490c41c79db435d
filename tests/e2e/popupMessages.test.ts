// Messages that help, in the real popup: one message per event, a normal outcome (no chat on the page,
// nothing selected) said plainly and never as a red error, and an old result cleared when a new action
// starts. (The panel's side of these rules is in bundleTools.test.ts; popovers in panelLayout.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings } from './support/axe';
import { withPopup } from './support/chatPopup';
import { openProviderSession, type ProviderSession } from './support/providerSession';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
  await ps.provider.goto(ps.server.hostUrl('status.clouddesk.test', 'chat-e2e/no-chat.html'));
});

afterAll(async () => {
  await ps?.close();
});

/**
 * Every message the popup shows now: its text and whether it is shown as an error. Each must sit in
 * exactly one live region (itself or an ancestor), so a screen reader announces it once, not twice.
 */
const messages = async (popup: Page) => {
  const found = await popup.locator('.status').evaluateAll((all) =>
    all.map((e) => {
      let live = 0;
      for (let n: Element | null = e; n; n = n.parentElement)
        if (n.hasAttribute('aria-live') || ['status', 'alert', 'log'].includes(n.getAttribute('role') ?? '')) live++;
      const error = e.classList.contains('error') || e.closest('[role=alert]') !== null;
      return { text: (e as HTMLElement).innerText.trim().split('\n')[0], error, live };
    }),
  );
  for (const m of found) expect(m.live, m.text).toBe(1);
  return found.map(({ text, error }) => ({ text, error }));
};

const click = (popup: Page, name: string) => popup.getByRole('button', { name, exact: true }).click();

describe('popup messages', () => {
  it('says "no chat" and "nothing selected" plainly, once, and clears old results when an action starts', async () => {
    await withPopup(ps, async (popup) => {
      await click(popup, 'Capture screenshot');
      await popup.getByTestId('capture-status').locator('.status.ok').waitFor({ timeout: 15_000 });
      expect(await messages(popup)).toEqual([{ text: expect.stringMatching(/^Saved at /), error: false }]);

      // A normal outcome: no chat here. It replaces the screenshot's result, and it is not an error.
      await click(popup, 'Capture chat');
      await popup.getByTestId('no-chat').waitFor({ timeout: 20_000 });
      expect(await messages(popup)).toEqual([
        { text: expect.stringMatching(/^No chat found on this page\./), error: false },
      ]);
      expect(await popup.getByRole('alert').count()).toBe(0);

      // Nothing selected: said plainly under the fallbacks, once.
      await click(popup, 'Save selected text');
      await popup.getByTestId('fallback-status').waitFor();
      expect(await messages(popup)).toEqual([
        { text: expect.stringMatching(/^No chat found on this page\./), error: false },
        { text: 'Nothing is selected. Select the text on the page first, then try again.', error: false },
      ]);
      expect(await axeFindings(popup)).toEqual([]);

      // A new capture clears the chat's outcome and its fallbacks.
      await click(popup, 'Capture screenshot');
      await expect.poll(() => popup.getByTestId('no-chat').count()).toBe(0);
      await popup.getByTestId('capture-status').locator('.status.ok').waitFor({ timeout: 15_000 });
      expect(await messages(popup)).toEqual([{ text: expect.stringMatching(/^Saved at /), error: false }]);
    });
  });

  it('says a saved chat once, with the screenshot taken beside it in the same message', async () => {
    await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
    await ps.provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
    await withPopup(ps, async (popup) => {
      await click(popup, 'Capture chat');
      await popup.getByTestId('chat-done').waitFor({ timeout: 20_000 });
      await popup.getByTestId('chat-screenshot').waitFor();
      expect(await messages(popup)).toEqual([{ text: 'Saved 4 messages from Intercom', error: false }]);
      expect(
        await popup
          .locator('[role=status]')
          .filter({ has: popup.getByTestId('chat-screenshot') })
          .count(),
      ).toBe(1);
    });
  });

  it('shows a real failure as one error, and the next action clears it', async () => {
    await ps.provider.goto('chrome://version');
    await withPopup(ps, async (popup) => {
      await click(popup, 'Capture screenshot');
      await popup.getByTestId('capture-status').locator('.status.error').waitFor({ timeout: 15_000 });
      const shown = await messages(popup);
      expect(shown).toEqual([
        { text: expect.stringMatching(/does not let extensions capture its own pages/), error: true },
      ]);
      await click(popup, 'Capture chat');
      await expect.poll(() => popup.getByTestId('capture-status').locator('.status').count()).toBe(0);
      await popup.locator('[data-testid=chat-status] .status').waitFor({ timeout: 20_000 });
      expect(await messages(popup)).toHaveLength(1);
    });
  });
});
