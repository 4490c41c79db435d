// Firefox: the fallbacks and the workspace's reminders. A page with no chat offers "Save selected
// text", which stores the selection; a promise logged with a deadline a few seconds ahead raises a
// reminder notification when it passes (Firefox's alarms and notifications), and the timeline then
// offers the follow-up letter.
import { createHash } from 'node:crypto';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SelectionEvidence } from '../../src/domain/evidence';
import { decodeOriginal } from '../e2e/support/chatPopup';
import { localDateTime as wallClock } from '../e2e/support/workspacePanel';
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
  fps = await openFirefoxProviderSession();
});
afterAll(async () => {
  await fps?.close();
});

/** Sets a date-time field as its picker would (typing into datetime-local differs between browsers). */
async function pick(page: Page, selector: string, value: string): Promise<void> {
  const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
  await input.evaluate((e, v) => {
    e.value = v;
    e.dispatchEvent(new Event('input', { bubbles: true }));
    e.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** The Chromium tests' helper: it only calls page.evaluate(fn, arg), which puppeteer's page has too. */
const localDateTime = (page: Page, offsetMs: number) => wallClock(page as unknown as PlaywrightPage, offsetMs);

describe('Firefox: selections and reminders', () => {
  it('finds no chat on a plain page and saves the selected text instead', async () => {
    const pageUrl = fps.server.hostUrl('status.clouddesk.test', 'chat-e2e/no-chat.html');
    await fps.provider.goto(pageUrl);
    await fps.provider.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('notice') as HTMLElement);
      getSelection()?.addRange(range);
    });
    const selected = await fps.provider.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected).toContain('Outage notice');
    const message = await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Capture chat')).click();
      expect(await textOf(popup, '[data-testid=no-chat]')).toContain('No chat found on this page');
      await (await button(popup, 'Save selected text')).click();
      return textOf(popup, '[data-testid=fallback-status]');
    });
    expect(message).toBe(`Saved the selected text (${[...selected].length} characters)`);
    const [item] = (await readFirefoxStore(fps.inspector)).items;
    const record = item?.record as SelectionEvidence;
    expect(record).toMatchObject({ kind: 'selection', text: selected, url: pageUrl, frameUrl: pageUrl });
    expect(decodeOriginal(item?.originalBase64 ?? null)).toBe(selected);
    expect(record.file.sha256).toBe(createHash('sha256').update(selected).digest('hex'));
  });

  it('notifies when a promise deadline passes unkept, and offers the follow-up letter', async () => {
    const panel = await fps.session.openExtensionPage('src/ui/sidepanel/index.html');
    // Headless Firefox closes each notification as soon as it is shown: note every one that appears.
    await panel.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      browser.notifications.onClosed.addListener((id) => void seen.push(id));
    });
    const reminders = () =>
      panel.evaluate(async () =>
        [
          ...Object.keys(await browser.notifications.getAll()),
          ...(window as unknown as { seen: string[] }).seen,
        ].filter((id) => id.startsWith('reminder|')),
      );
    await (await panel.waitForSelector('#tab-contacts'))?.click();
    await (await button(panel, 'Add a contact')).click();
    await pick(panel, '#contact-at', await localDateTime(panel, -3_600_000));
    await (await panel.waitForSelector('#contact-channel'))?.select('phone');
    await (await panel.waitForSelector('#contact-ticket'))?.type('TK-20261123-0099');
    await (await panel.waitForSelector('#contact-promise'))?.type('Refund confirmed by email');
    await pick(panel, '#contact-deadline', await localDateTime(panel, 10_000));
    await (await button(panel, 'Save contact')).click();
    await panel.waitForSelector('[data-testid=contact-entry]');
    expect(await reminders()).toEqual([]);

    for (let i = 0; i < 60 && (await reminders()).length === 0; i++) await new Promise((r) => setTimeout(r, 1000));
    const notified = await reminders();
    expect(notified).toHaveLength(1);
    expect(notified[0]).toMatch(/^reminder\|promise\|/);
    await (await panel.waitForSelector('#tab-timeline'))?.click();
    expect(await textOf(panel, '[data-testid=next-step]')).toContain('Send a follow-up letter');
    await (await button(panel, 'Draft this letter')).click();
    await panel.waitForFunction(
      () => [...document.querySelectorAll('textarea')].some((t) => t.value.includes('TK-20261123-0099')),
      { timeout: 10_000 },
    );
  }, 120_000);
});
