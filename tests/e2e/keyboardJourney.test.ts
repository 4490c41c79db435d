// Keyboard only: capture a screenshot from the popup, open it in the panel and close it, reach the
// letter, export the bundle; the key presses are counted and printed. Every dialog gives the focus
// back to what opened it.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allowDownloads, openPopup } from '../../scripts/lib/chromium.mjs';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { openPanel } from './support/workspacePanel';

let ps: ProviderSession;
let presses = 0;

beforeAll(async () => {
  ps = await openProviderSession();
  await allowDownloads(ps.session);
});

afterAll(async () => {
  await ps?.close();
});

async function press(page: Page, key: string): Promise<void> {
  presses++;
  await page.keyboard.press(key);
}

/** Presses `key` until `done()` holds (at most `max` times). */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 30): Promise<void> {
  for (let i = 0; i < max && !(await done()); i++) await press(page, key);
  expect(await done()).toBe(true);
}

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const name = el?.getAttribute('data-exhibit-id') ?? el?.getAttribute('aria-label') ?? el?.textContent?.trim();
    return `${el?.tagName ?? ''} ${name ?? ''}`;
  });

describe('Keyboard only', () => {
  it('captures, reviews, reaches the letter and exports, with focus back after every dialog', async () => {
    await ps.provider.bringToFront();
    await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'provider/index.html'));
    const popup = await openPopup(ps.session);
    // A popup opened from the toolbar has the keyboard focus in its document.
    await popup.page.evaluate(() => window.focus());
    await pressUntil(popup.page, 'Tab', async () => (await active(popup.page)) === 'BUTTON Capture screenshot');
    await press(popup.page, 'Enter');
    const status = popup.page.getByTestId('capture-status').locator('.status');
    await status.waitFor({ timeout: 15_000 });
    expect(await status.innerText()).toMatch(/^Saved/);
    await popup.close();

    const panel = await openPanel(ps.session);
    await panel.locator('[data-exhibit-id]').first().waitFor();
    const rowId = await panel.locator('[data-exhibit-id]').first().getAttribute('data-exhibit-id');
    await pressUntil(panel, 'Tab', async () => (await active(panel)) === `LI ${rowId}`);
    await press(panel, 'Enter');
    await panel.getByTestId('evidence-viewer').waitFor();
    await press(panel, 'Escape');
    await expect.poll(() => active(panel)).toBe(`LI ${rowId}`);

    // Delete, then Cancel: the focus goes back to the Delete button.
    await pressUntil(panel, 'ArrowRight', async () => (await active(panel)).startsWith('BUTTON Delete'));
    await press(panel, 'Enter');
    await panel.getByTestId('confirm-dialog').waitFor();
    await press(panel, 'Enter'); // Cancel has the focus: the safe choice.
    await expect.poll(() => active(panel)).toMatch(/^BUTTON Delete/);

    await pressUntil(panel, 'Shift+Tab', async () => (await active(panel)) === 'BUTTON Evidence');
    await press(panel, 'End');
    expect(await panel.locator('#tab-letter').getAttribute('aria-selected')).toBe('true');
    await panel.locator('#letter-text').waitFor();

    await pressUntil(panel, 'Shift+Tab', async () => (await active(panel)) === 'BUTTON Export bundle');
    await press(panel, 'Enter');
    await panel.getByText(/^Saved .+\.zip to your downloads\.$/).waitFor({ timeout: 30_000 });
    expect(readdirSync(ps.session.downloadsDir).some((f) => f.endsWith('.zip'))).toBe(true);
    console.log(`keyboard-only journey (capture → review → letter → export): ${presses} key presses`);
  });
});
