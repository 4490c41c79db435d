// Page object for the popup's chat controls: opens the real popup on the provider tab, clicks a
// button by its English label and returns what the popup says.
import type { Page } from 'playwright-core';
import { openPopup } from '../../../scripts/lib/chromium.mjs';
import type { ProviderSession } from './providerSession';

export async function withPopup<T>(ps: ProviderSession, work: (popup: Page) => Promise<T>): Promise<T> {
  await ps.provider.bringToFront();
  const popup = await openPopup(ps.session);
  try {
    await popup.page.getByTestId('item-count').filter({ hasText: /\d/ }).waitFor();
    return await work(popup.page);
  } finally {
    await popup.close();
  }
}

/** Clicks `label` and returns the first status line that appears in the chat area. */
export async function clickChatButton(
  popup: Page,
  label: string,
  selector = '[data-testid=chat-status] .status',
): Promise<string> {
  await popup.getByRole('button', { name: label, exact: true }).click();
  const status = popup.locator(selector).first();
  await status.waitFor({ timeout: 20_000 });
  return (await status.innerText()).trim();
}

export function decodeOriginal(base64: string | null): string {
  return Buffer.from(base64 ?? '', 'base64').toString('utf8');
}
