// Firefox: *Pick the chat area* through the popup (driven as a window of its own, as the other Firefox
// tests do), then a click on the conversation the reader cannot find; the picker leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupWindow } from '../../scripts/lib/firefox.mjs';
import type { PickOutcome } from '../../src/messaging/protocol';
import { button, type FirefoxProviderSession, openFirefoxProviderSession } from './support/firefoxSession';
import { storedTranscript } from './support/storedTranscript';

let fps: FirefoxProviderSession;

beforeAll(async () => {
  fps = await openFirefoxProviderSession();
});
afterAll(async () => {
  await fps?.close();
});

describe('Firefox: Pick the chat area', () => {
  it('reads the conversation the user clicks and leaves the page as it was', async () => {
    const pageUrl = fps.server.url('chat-e2e/unfound.html');
    await fps.provider.goto(pageUrl);
    const before = await fps.provider.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopupWindow(fps.session, fps.provider);
    await (await button(popup, 'Capture chat')).click();
    await (await button(popup, 'Pick the chat area')).click();
    await fps.provider.waitForFunction(() => document.documentElement.childElementCount > 2, { timeout: 15_000 });
    const result = fps.inspector.evaluate(
      () =>
        new Promise<PickOutcome>((resolve) =>
          browser.runtime.onMessage.addListener((m: { event?: string; payload: PickOutcome }) => {
            if (m.event === 'chat/pick-result') resolve(m.payload);
          }),
        ),
    );
    const conversation = await fps.provider.waitForSelector('#conversation');
    await conversation?.click({ offset: { x: 3, y: 3 } });
    expect((await result).kind).toBe('saved');
    const stored = await storedTranscript(fps.inspector);
    expect(stored?.record).toMatchObject({ widget: 'generic', messageCount: 4, url: pageUrl });
    expect(stored?.texts).toEqual([
      'Hello, how can I help? 😊',
      'My cloud PC has been down since 08:00. Order 4471.',
      'Sorry! I have escalated it: ticket <T-88>.',
      '谢谢，请尽快处理。',
    ]);
    expect(await fps.provider.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close().catch(() => undefined);
  });
});
