// Firefox: "Capture chat" reads a widget in a cross-origin iframe (another site, its own process),
// and "Record chat" keeps every message of a virtualised list that only ever holds 30 rows.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';
import { type StoredTranscript, storedTranscript, waitForStored } from './support/storedTranscript';

const expected = JSON.parse(
  readFileSync(new URL('../fixtures/chat-e2e/widget.expected.json', import.meta.url), 'utf8'),
);
let fps: FirefoxProviderSession;

beforeAll(async () => {
  fps = await openFirefoxProviderSession();
});
afterAll(async () => {
  await fps?.close();
});
beforeEach(async () => {
  const { items } = await readFirefoxStore(fps.inspector);
  for (const { record } of items)
    await fps.inspector.evaluate(
      (evidenceId) =>
        browser.runtime.sendMessage({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId } }),
      record.id,
    );
});

async function clickInPopup(label: string, statusSelector: string): Promise<string> {
  return withFirefoxPopup(fps, async (popup: Page) => {
    await (await button(popup, label)).click();
    return textOf(popup, statusSelector);
  });
}

async function transcript(): Promise<StoredTranscript> {
  const found = await storedTranscript(fps.inspector);
  if (!found) throw new Error('no transcript stored');
  return found;
}

describe('Firefox: chats', () => {
  it('captures the chat of a cross-origin iframe exactly as shown, hashed', async () => {
    const pageUrl = fps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html');
    await fps.provider.goto(pageUrl);
    const frame = await (await fps.provider.waitForSelector('#widget'))?.contentFrame();
    await frame?.waitForSelector('.intercom-conversation-part');
    expect(await clickInPopup('Capture chat', '[data-testid=chat-status] .status')).toBe(
      'Saved 4 messages from Intercom',
    );
    const { record, json } = await transcript();
    expect(record).toMatchObject({ kind: 'transcript', widget: 'intercom', messageCount: 4, url: pageUrl });
    expect(record.partial).toBeUndefined();
    const stored = JSON.parse(json);
    expect(stored.frameUrl).toBe(fps.server.hostUrl('chat.vendor.test', 'chat-e2e/widget.html'));
    expect(stored.messages.map(({ observedAt: _o, ...m }: { observedAt: string }) => m)).toEqual(expected.messages);
  });

  it('records all 500 messages of a virtualised list that holds 30 rows, once each, in order', async () => {
    await fps.provider.goto(fps.server.url('chat-e2e/virtual.html'));
    expect(await clickInPopup('Record chat', '[data-testid=recording-status]')).toMatch(
      /^Recording… \d+ messages so far$/,
    );
    await fps.provider.evaluate(() =>
      (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(30, 500),
    );
    expect(await fps.provider.$$eval('.messages > .row', (rows) => rows.length)).toBe(30);
    await waitForStored(fps.inspector, 500);
    const stopped = await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Stop recording')).click();
      return textOf(popup, '[data-testid=chat-status] .status.ok');
    });
    expect(stopped).toBe('Recording stopped: 500 messages saved');
    const { record, texts } = await transcript();
    expect(texts).toEqual(Array.from({ length: 500 }, (_, i) => `Message number ${i}`));
    expect(record.messageCount).toBe(500);
    expect(record.recording?.stoppedAt).toBeTruthy();
  });
});
