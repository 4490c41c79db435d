// Firefox: *Pick the chat area* through the popup (driven as a window of its own, as the other Firefox
// tests do), then a click on the conversation the reader cannot find (the picker leaves nothing behind), or on a
// form around it (only the chat's messages are read, in Gecko's layout too).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupWindow } from '../../scripts/lib/firefox.mjs';
import type { PickOutcome } from '../../src/messaging/protocol';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
} from './support/firefoxSession';
import { storedTranscript } from './support/storedTranscript';

const WIDE = JSON.parse(readFileSync(new URL('../fixtures/chat-e2e/pick-wide.expected.json', import.meta.url), 'utf8'));
let fps: FirefoxProviderSession;

beforeAll(async () => {
  fps = await openFirefoxProviderSession();
});
afterAll(async () => {
  await fps?.close();
});

const CONVERSATION = [
  'Hello, how can I help? 😊',
  'My cloud PC has been down since 08:00. Order 4471.',
  'Sorry! I have escalated it: ticket <T-88>.',
  '谢谢，请尽快处理。',
];

/** On the open page: Capture chat (none found), Pick the chat area, then a click near the top left of `selector`. */
async function pickIn(selector: string): Promise<PickOutcome> {
  const popup = await openPopupWindow(fps.session, fps.provider);
  try {
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
    const area = await fps.provider.waitForSelector(selector);
    await area?.click({ offset: { x: 3, y: 3 } });
    return await result;
  } finally {
    await popup.close().catch(() => undefined);
  }
}

describe('Firefox: Pick the chat area', () => {
  it('reads the conversation the user clicks and leaves the page as it was', async () => {
    const pageUrl = fps.server.url('chat-e2e/unfound.html');
    await fps.provider.goto(pageUrl);
    const before = await fps.provider.evaluate(() => document.documentElement.outerHTML);
    expect((await pickIn('#conversation')).kind).toBe('saved');
    const stored = await storedTranscript(fps.inspector);
    expect(stored?.record).toMatchObject({ widget: 'generic', messageCount: 4, url: pageUrl });
    expect(stored?.record.partial).toBeUndefined();
    expect(stored?.texts).toEqual(CONVERSATION);
    expect(await fps.provider.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('reads only the chat from a form around it in Gecko’s layout, the rest as lines in no message', async () => {
    await deleteTranscripts();
    await fps.provider.goto(fps.server.url('chat-e2e/pick-wide-form.html'));
    const outcome = await pickIn('#ticket');
    expect(outcome.kind).toBe('saved');
    const stored = await storedTranscript(fps.inspector);
    expect(stored?.record).toMatchObject({ messageCount: 4, partial: true });
    expect(stored?.texts).toEqual(CONVERSATION);
    const { unassigned } = JSON.parse(stored?.json ?? '{}') as { unassigned: { after: number; text: string }[] };
    expect(unassigned.map((u) => [u.after, u.text])).toEqual(WIDE.unassigned['pick-wide-form.html#ticket']);
  });
});

async function deleteTranscripts(): Promise<void> {
  for (const { record } of (await readFirefoxStore(fps.inspector)).items)
    await fps.inspector.evaluate(
      (evidenceId) =>
        browser.runtime.sendMessage({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId } }),
      record.id,
    );
}
