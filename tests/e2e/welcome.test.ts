// First run: installing Proofpack opens its welcome page (an extension page, no network) with the
// three moments, the real keyboard shortcut and what stays on the machine, in English and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension } from '../../scripts/lib/chromium.mjs';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension({ keepWelcome: true });
});

afterAll(async () => {
  await session?.close();
});

describe('The welcome page', () => {
  it('opens on install and walks through the three moments, the shortcut and privacy, in both languages', async () => {
    const page = session.welcomePage;
    expect(page?.url()).toBe(session.extensionUrl('src/ui/welcome/index.html'));
    if (!page) return;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Proofpack' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Capture a screenshot',
      'Capture or record a support chat',
      'Open the panel and export',
      'What stays on this computer',
    ]);
    await expect.poll(() => page.locator('kbd').innerText()).toBe('Alt+Shift+S');
    expect(await page.locator('main').innerText()).toContain('even with this window closed');

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '欢迎使用 Proofpack' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('main').innerText()).toContain('数据只留在您的电脑上');
    await page.getByRole('button', { name: 'English' }).focus();
    expect(requests.every((u) => u.startsWith(session.extensionUrl('')))).toBe(true);
  });
});
