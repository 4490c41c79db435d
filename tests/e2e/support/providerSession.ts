// The usual e2e set-up: Chromium with dist/ loaded, the fixture server, a provider tab, and an
// extension page kept open to read IndexedDB from (and to open the popup after a worker stop).
import type { Page } from 'playwright-core';
import { type ExtensionSession, launchWithExtension, openPopup } from '../../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../../scripts/lib/fixtureServer.mjs';

export interface ProviderSession {
  session: ExtensionSession;
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  provider: Page;
  inspector: Page;
  close(): Promise<void>;
}

export async function openProviderSession(
  options: { parentDir?: string; providerPath?: string; locale?: string; backForwardCache?: boolean } = {},
): Promise<ProviderSession> {
  const server = await startFixtureServer();
  const { parentDir, locale, backForwardCache } = options;
  const session = await launchWithExtension({ parentDir, locale, backForwardCache });
  const inspector = await session.context.newPage();
  await inspector.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  const provider = await session.context.newPage();
  if (options.providerPath) await provider.goto(server.url(options.providerPath));
  return {
    session,
    server,
    provider,
    inspector,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/**
 * Brings the provider tab to front, opens the real popup, lets `beforeClick` run while it is
 * open, clicks "Capture screenshot" and returns the confirmation or error it shows.
 */
export async function captureFromPopup(
  ps: ProviderSession,
  beforeClick: () => void = () => undefined,
): Promise<{ ok: boolean; message: string }> {
  await ps.provider.bringToFront();
  const popup = await openPopup(ps.session);
  try {
    await popup.page.getByTestId('item-count').filter({ hasText: /\d/ }).waitFor();
    beforeClick();
    await popup.page.getByRole('button', { name: 'Capture screenshot', exact: true }).click();
    const status = popup.page.getByTestId('capture-status').locator('.status');
    await status.waitFor({ timeout: 15_000 });
    return {
      ok: (await status.getAttribute('class'))?.includes('ok') ?? false,
      message: (await status.innerText()).trim(),
    };
  } finally {
    await popup.close();
  }
}
