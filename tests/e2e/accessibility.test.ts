// axe-core on the popup and every side-panel state in English and Chinese, light and dark:
// no critical, serious or moderate findings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup } from '../../scripts/lib/chromium.mjs';
import { fillDemoCase } from '../../scripts/lib/workspaceDemo.mjs';
import { axeFindings } from './support/axe';
import { captureFromPopup, openProviderSession, type ProviderSession } from './support/providerSession';
import { openPanel } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;

beforeAll(async () => {
  ps = await openProviderSession();
  await captureFromPopup(ps);
  panel = await openPanel(ps.session);
  await fillDemoCase(panel, 'en');
});

afterAll(async () => {
  await ps?.close();
});

async function setPanel(language: 'en' | 'zh_CN', theme: 'light' | 'dark'): Promise<void> {
  await panel.evaluate(
    (change) => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'panel/preferences', payload: change }),
    { uiLanguage: language, theme },
  );
  await panel.reload();
  await panel.getByRole('tablist').waitFor();
}

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['zh_CN', 'light'],
  ['zh_CN', 'dark'],
] as const)('Accessibility in %s, %s', (language, theme) => {
  it('side panel: every tab, the ⋯ menu and its dialogs', async () => {
    await setPanel(language, theme);
    const findings: string[] = [];
    for (const tab of ['evidence', 'facts', 'contacts', 'timeline', 'letter']) {
      await panel.locator(`#tab-${tab}`).click();
      await panel.locator('[role=tabpanel] section').first().waitFor();
      findings.push(...(await axeFindings(panel)).map((f) => `${tab} → ${f}`));
    }
    await panel.locator('.panel-header .menu-button').click();
    findings.push(...(await axeFindings(panel)).map((f) => `menu → ${f}`));
    await panel.locator('[role=menuitem]').nth(4).click();
    await panel.getByTestId('bundle-dialog').waitFor();
    findings.push(...(await axeFindings(panel)).map((f) => `bundle dialog → ${f}`));
    await panel.keyboard.press('Escape');
    await panel.locator('.panel-header .menu-button').click();
    await panel.locator('[role=menuitem]').nth(5).click();
    await panel.getByTestId('public-bundle-dialog').waitFor();
    findings.push(...(await axeFindings(panel)).map((f) => `public bundle dialog → ${f}`));
    await panel.keyboard.press('Escape');
    expect(findings).toEqual([]);
  });

  it('popup (a browser in that language)', async () => {
    const zh = language === 'zh_CN' ? await openProviderSession({ locale: 'zh-CN' }) : null;
    const session = zh ?? ps;
    await session.provider.goto(session.server.hostUrl('support.clouddesk.test', 'provider/index.html'));
    const popup = await openPopup(session.session);
    try {
      await popup.page.emulateMedia({ colorScheme: theme });
      await popup.page.locator('button.capture.primary').waitFor();
      expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe(zh ? 'zh-CN' : 'en');
      expect(await axeFindings(popup.page)).toEqual([]);
    } finally {
      await popup.close();
      await zh?.close();
    }
  });
});
