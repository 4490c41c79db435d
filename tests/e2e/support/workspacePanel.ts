// A small page object for the side panel's case workspace (opened as a tab, as Chromium allows).
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../../../scripts/lib/chromium.mjs';

export async function openPanel(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  await page.getByRole('tablist').waitFor();
  return page;
}

export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Chooses an entry of the header's ⋯ menu (rename, delete, language & theme, verify / import…). */
export async function caseMenu(page: Page, item: string): Promise<void> {
  await page.locator('.panel-header .menu-button').click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** A local wall-clock `YYYY-MM-DDTHH:mm:ss` in the browser's zone, `offsetMs` from now. */
export async function localDateTime(page: Page, offsetMs: number): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date(Date.now() + offset);
    const p = (n: number) => String(n).padStart(2, '0');
    const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    return `${day}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, offsetMs);
}

/** The letter exactly as the service worker's loadCaseLetter makes it (what the bundle exports). */
export async function storedLetterText(page: Page, caseId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const reply = await chrome.runtime.sendMessage({
      channel: 'proofpack',
      type: 'letter/current',
      payload: { caseId: id, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    });
    return reply.value.text as string;
  }, caseId);
}
