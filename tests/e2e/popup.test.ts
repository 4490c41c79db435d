// The popup on first use and on pages it must refuse: clear words, nothing stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, openPopup } from '../../scripts/lib/chromium.mjs';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';

let ps: ProviderSession;
let session: ExtensionSession;

beforeAll(async () => {
  ps = await openProviderSession();
  session = ps.session;
});

afterAll(async () => {
  await ps?.close();
});

async function clickCaptureOn(url: string, waitUntil: 'load' | 'commit' = 'load'): Promise<string> {
  await ps.provider.goto(url, { waitUntil }).catch(() => undefined);
  return (await captureFromPopup(ps)).message;
}

describe('Popup', () => {
  it.each([
    ['a browser page', 'chrome://version', 'load', /does not let extensions capture its own pages/],
    // Without a toolbar click the browser hides this tab's URL, so the general reason is given.
    ['a source view', 'view-source:PROVIDER', 'load', /does not let extensions capture its own pages/],
    ['the PDF viewer', 'PDF', 'load', /PDF files open in the browser's protected viewer/],
    ['a tab still loading', 'NEVER', 'commit', /still loading.*Nothing was saved/],
  ] as const)('refuses %s with a clear message and stores nothing', async (_name, target, waitUntil, message) => {
    const url = target
      .replace('PROVIDER', ps.server.url('provider/index.html'))
      .replace('PDF', ps.server.url('provider/invoice.pdf'))
      .replace('NEVER', ps.server.url('never-finishes.html'));
    const text = await clickCaptureOn(url, waitUntil);
    expect(text).toMatch(message);
    expect((await readStore(ps.inspector)).items).toHaveLength(0);
  });

  it('works on first use, then creates a case named by the user with the provider prefilled', async () => {
    await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'provider/index.html'));
    await ps.provider.bringToFront();
    let popup = await openPopup(session);
    const page = popup.page;
    await expect.poll(() => page.getByLabel('Case').inputValue()).toBe('default');
    expect(await page.getByLabel('Case').locator('option:checked').innerText()).toBe('My complaint');

    await page.getByRole('button', { name: 'New case' }).click();
    await expect.poll(() => page.getByLabel('Provider').inputValue()).toBe('clouddesk.test');
    await page.getByRole('button', { name: 'Create case' }).click();
    expect(await page.getByRole('alert').innerText()).toMatch(/short title/);
    await page.getByLabel('What is the complaint about?').fill('Cloud PC down since Monday');
    await page.getByLabel('Provider').fill('CloudDesk');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect
      .poll(() => page.getByLabel('Case').locator('option:checked').innerText())
      .toBe('Cloud PC down since Monday · CloudDesk');
    await page.getByRole('button', { name: 'Capture screenshot', exact: true }).click();
    await page.getByTestId('capture-status').locator('.status.ok').waitFor();
    expect(await page.getByTestId('item-count').innerText()).toBe('Items in this case: 1');
    await popup.close();

    const { items, cases } = await readStore(ps.inspector);
    const created = cases.find((c) => c.title === 'Cloud PC down since Monday');
    expect(created).toMatchObject({ provider: 'CloudDesk', providerSite: 'support.clouddesk.test' });
    expect(items.map((i) => i.record.caseId)).toEqual([created?.id]);

    // Switching back sends the next capture to the default case.
    popup = await openPopup(session);
    await popup.page.getByLabel('Case').selectOption('default');
    await expect.poll(() => popup.page.getByTestId('item-count').innerText()).toBe('Items in this case: 0');
    await popup.close();
  });

  it('is fully keyboard reachable and every control has a label', async () => {
    await ps.provider.goto(ps.server.url('provider/index.html'));
    await ps.provider.bringToFront();
    const popup = await openPopup(session);
    const unlabeled = await popup.page.evaluate(
      () =>
        [...document.querySelectorAll('button, select, input')].filter((el) => {
          const named =
            (el as HTMLElement).innerText?.trim() ||
            el.getAttribute('aria-label') ||
            (el.id && document.querySelector(`label[for="${el.id}"]`));
          return !named;
        }).length,
    );
    expect(unlabeled).toBe(0);
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await popup.page.keyboard.press('Tab');
      reached.push(
        await popup.page.evaluate(
          () => document.activeElement?.id || document.activeElement?.textContent?.trim() || '',
        ),
      );
    }
    expect(reached).toEqual(
      expect.arrayContaining(['case-select', 'New case', 'Capture screenshot', 'Capture full page', 'Open side panel']),
    );
    await popup.close();
  });

  it('opens the real side panel from its button', async () => {
    await ps.provider.goto(ps.server.url('provider/index.html'));
    await ps.provider.bringToFront();
    const popup = await openPopup(session);
    await popup.page.getByRole('button', { name: 'Open side panel' }).click();
    const { chromium } = await import('playwright-core');
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${session.debuggingPort()}`);
    try {
      const panelUrl = session.extensionUrl('src/ui/sidepanel/index.html');
      await expect
        .poll(
          () =>
            cdp
              .contexts()
              .flatMap((c) => c.pages())
              .filter((p) => p.url() === panelUrl).length,
          { timeout: 5000 },
        )
        .toBeGreaterThan(1);
    } finally {
      await cdp.close();
      await popup.close();
    }
  });
});
