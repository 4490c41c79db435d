// Firefox: "Capture chat" reads a widget in a cross-origin iframe (another site, its own process),
// and "Record chat" keeps every message of a virtualised list that only ever holds 30 rows.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptEvidence } from '../../src/domain/evidence';
import { decodeOriginal } from '../e2e/support/chatPopup';
import {
  button,
  type FirefoxProviderSession,
  openFirefoxProviderSession,
  readFirefoxStore,
  textOf,
  withFirefoxPopup,
} from './support/firefoxSession';

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

async function transcript(): Promise<{ record: TranscriptEvidence; json: string }> {
  const items = (await readFirefoxStore(fps.inspector)).items.filter((i) => i.record.kind === 'transcript');
  expect(items).toHaveLength(1);
  const json = decodeOriginal(items[0]?.originalBase64 ?? null);
  const record = items[0]?.record as TranscriptEvidence;
  expect(record.file.sha256).toBe(createHash('sha256').update(json).digest('hex'));
  return { record, json };
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
    await fps.inspector.waitForFunction(
      async () => {
        const reply = await browser.runtime.sendMessage({ channel: 'proofpack', type: 'case/current', payload: {} });
        return (reply as { value?: { itemCount: number } }).value?.itemCount === 1;
      },
      { polling: 200, timeout: 20_000 },
    );
    for (let i = 0; i < 100 && (await transcript()).record.messageCount < 500; i++)
      await new Promise((r) => setTimeout(r, 200));
    const stopped = await withFirefoxPopup(fps, async (popup) => {
      await (await button(popup, 'Stop recording')).click();
      return textOf(popup, '[data-testid=chat-status] .status.ok');
    });
    expect(stopped).toBe('Recording stopped: 500 messages saved');
    const { record, json } = await transcript();
    const messages = JSON.parse(json).messages as { text: string }[];
    expect(messages.map((m) => m.text)).toEqual(Array.from({ length: 500 }, (_, i) => `Message number ${i}`));
    expect(record.messageCount).toBe(500);
    expect(record.recording?.stoppedAt).toBeTruthy();
  });
});
