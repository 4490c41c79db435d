// Country, currency and letter language are asked once, at case creation, prefilled from the
// provider's site and shown for confirmation; the letter then uses them (a ¥ provider gets ¥ and PRC law).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup } from '../../scripts/lib/chromium.mjs';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';
import { openPanel, openTab, storedLetterText } from './support/workspacePanel';
import { caseMenu } from './support/workspacePanel';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
});

afterAll(async () => {
  await ps?.close();
});

describe('Case creation asks country, currency and letter language once', () => {
  it('prefills them from a .cn provider, keeps the user’s choice and uses them in the letter', async () => {
    await ps.provider.goto(ps.server.hostUrl('help.yunduan.example.cn', 'provider/index.html'));
    await ps.provider.bringToFront();
    const popup = await openPopup(ps.session);
    const page = popup.page;
    await page.getByRole('button', { name: 'New case' }).click();
    await expect.poll(() => page.getByLabel('Whose law applies').inputValue()).toBe('CN');
    expect(await page.getByLabel('Currency').inputValue()).toBe('CNY');
    expect(await page.getByLabel('Letter language').inputValue()).toBe('zh-CN');
    await page.getByLabel('Letter language').selectOption('en-GB');
    await page.getByLabel('What is the complaint about?').fill('Cloud PC down for two days');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect.poll(() => page.getByLabel('Case').locator('option:checked').innerText()).toMatch(/two days/);
    await popup.close();

    const created = (await readStore(ps.inspector)).cases.find((c) => c.title === 'Cloud PC down for two days');
    expect(created?.language).toBe('en-GB');
    const caseId = String(created?.id ?? '');
    await ps.inspector.evaluate(async (id) => {
      const send = (type: string, payload: unknown) =>
        chrome.runtime.sendMessage({ channel: 'proofpack', type, payload });
      const { value } = await send('workspace/get', { caseId: id });
      const facts = { ...value.facts, demands: { refundOutagePeriod: true, refundAmount: '399' } };
      await send('workspace/facts', { caseId: id, facts });
    }, caseId);

    const stored = await storedLetterText(ps.inspector, caseId);
    expect(stored).toContain('¥399.00');
    expect(stored).toMatch(/PRC/);
    expect(stored).not.toContain('$');
    expect(stored).not.toMatch(/attorney general/i);

    const panel = await openPanel(ps.session);
    await panel.getByLabel('Open case').selectOption(caseId);
    await openTab(panel, 'Letter');
    await expect.poll(() => panel.getByLabel(/^Letter \(/).inputValue()).toContain('¥399.00');
    await openTab(panel, 'Facts');
    expect(await panel.getByLabel('Whose law applies').inputValue()).toBe('CN');

    // The panel's case editor shows the same answer and changes it in one place.
    await caseMenu(panel, 'Rename');
    const editor = panel.locator('.case-editor');
    await expect.poll(() => editor.getByLabel('Whose law applies').inputValue()).toBe('CN');
    // The stored answer replaces the site's suggestion once the case's facts have loaded.
    await expect.poll(() => editor.getByLabel('Letter language').inputValue()).toBe('en-GB');
    await editor.getByLabel('Letter language').selectOption('zh-CN');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => storedLetterText(ps.inspector, caseId)).toContain('人民币 399.00 元');
    await panel.close();
  });
});
