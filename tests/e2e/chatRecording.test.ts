// "Record chat" in real Chromium: a virtualised list that keeps ~30 rows while 500 messages pass,
// a chat adding 100 messages a second, a service worker stopped mid-recording, a navigation in the
// recorded tab or of the chat frame alone, and the tab closing.
import { createHash } from 'node:crypto';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/chromium.mjs';
import type { TranscriptEvidence } from '../../src/domain/evidence';
import { sha256Hex } from '../../src/domain/hash';
import { type RecordingLog, verifyLog } from '../../src/domain/recordingLog.mjs';
import { clickChatButton, decodeOriginal, withPopup } from './support/chatPopup';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore, type StoredItem } from './support/store';

let ps: ProviderSession;
const texts = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => `Message number ${from + k}`);

beforeAll(async () => {
  ps = await openProviderSession();
});
afterAll(async () => {
  await ps?.close();
});
beforeEach(async () => {
  const { items } = await readStore(ps.inspector);
  for (const { record } of items)
    await ps.inspector.evaluate(
      (evidenceId) =>
        chrome.runtime.sendMessage({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId } }),
      record.id,
    );
});

async function transcriptItem(): Promise<StoredItem & { record: TranscriptEvidence }> {
  const items = (await readStore(ps.inspector)).items.filter((i) => i.record.kind === 'transcript');
  expect(items).toHaveLength(1);
  return items[0] as StoredItem & { record: TranscriptEvidence };
}

/** Waits until the stored transcript holds `count` messages (saves come every 2 s at most). */
async function waitForStored(count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const items = (await readStore(ps.inspector)).items;
    const record = items.find((x) => x.record.kind === 'transcript')?.record as TranscriptEvidence | undefined;
    if ((record?.messageCount ?? 0) >= count) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the transcript never reached ${count} messages`);
}

function storedTranscript(item: StoredItem) {
  const json = decodeOriginal(item.originalBase64);
  expect(item.record.kind === 'transcript' && item.record.file.sha256).toBe(
    createHash('sha256').update(json).digest('hex'),
  );
  return JSON.parse(json) as {
    recording?: { startedAt: string; stoppedAt?: string };
    messages: { text: string; role: string; id?: string }[];
    log?: RecordingLog;
  };
}

async function badgeText(): Promise<string> {
  return ps.inspector.evaluate(() => chrome.action.getBadgeText({}));
}

async function startRecording(): Promise<string> {
  return withPopup(ps, (popup) => clickChatButton(popup, 'Record chat', '[data-testid=recording-status]'));
}

async function stopRecording(): Promise<string> {
  return withPopup(ps, async (popup) => {
    await popup.getByTestId('recording-status').waitFor();
    // The popup says where the recording runs and that closing it does not stop it.
    expect(await popup.getByTestId('recording-where').innerText()).toMatch(
      /^Recording on the tab “.+”\. It carries on when you close this window\.$/,
    );
    return clickChatButton(popup, 'Stop recording', '[data-testid=chat-status] .status.ok');
  });
}

describe('Record chat', () => {
  it('keeps all 500 messages of a virtualised list that holds 30 rows, once each, in order', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/virtual.html'));
    expect(await startRecording()).toMatch(/^Recording… \d+ messages so far$/);
    expect(await badgeText()).toBe('REC');
    expect(await ps.provider.locator('.messages > .row').count()).toBe(30);
    await ps.provider.evaluate(() =>
      (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(30, 500),
    );
    expect(await ps.provider.locator('.messages > .row').count()).toBe(30);
    await waitForStored(500);
    // The side panel shows the recording live, as a chat.
    const panel = await ps.session.context.newPage();
    await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
    await panel
      .getByTestId('evidence-item')
      .first()
      .getByRole('button', { name: /^Open chat transcript/ })
      .click();
    await panel.getByTestId('recording-live').waitFor();
    await panel.getByTestId('chat-message').nth(499).waitFor();
    expect(await panel.getByTestId('chat-message').nth(499).locator('.bubble-text').innerText()).toBe(
      'Message number 499',
    );
    await panel.close();
    expect(await stopRecording()).toBe('Recording stopped: 500 messages saved');
    expect(await badgeText()).toBe('1');

    // Once stopped, the viewer says when it was recorded (never "Recording live"), and reads like a chat:
    // a search within it, and Proofpack's own observation times only on demand.
    const reader = await ps.session.context.newPage();
    await reader.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
    await reader
      .getByRole('button', { name: /^Open chat transcript/ })
      .first()
      .click();
    expect(await reader.getByTestId('recorded-period').innerText()).toMatch(/^Recorded from .+ to .+$/);
    expect(await reader.getByTestId('recording-live').count()).toBe(0);
    expect(await reader.locator('.bubble-meta time').count()).toBe(0);
    await reader.getByLabel('Show when Proofpack saw each message').check();
    await expect.poll(() => reader.locator('.bubble-meta time').count()).toBe(500);
    await reader.getByTestId('chat-search').fill('number 499');
    expect(await reader.getByTestId('chat-search-count').innerText()).toBe('1 of 500 messages match');
    expect(await reader.getByTestId('chat-message').count()).toBe(1);
    // Escape first clears the search box, then closes the viewer; the focus goes back to the row.
    await reader.keyboard.press('Escape');
    expect(await reader.getByTestId('chat-search').inputValue()).toBe('');
    await reader.keyboard.press('Escape');
    await expect
      .poll(() => reader.evaluate(() => document.activeElement?.outerHTML.slice(0, 60)))
      .toMatch(/^<li[^>]+data-exhibit-id/);
    await reader.close();

    const item = await transcriptItem();
    const transcript = storedTranscript(item);
    expect(transcript.messages.map((m) => m.text)).toEqual(texts(0, 500));
    expect(transcript.messages.map((m) => m.role).slice(0, 2)).toEqual(['agent', 'customer']);
    expect(transcript.recording?.stoppedAt).toBeTruthy();
    expect(item.record.recording?.stoppedAt).toBe(transcript.recording?.stoppedAt);
    expect(item.record.messageCount).toBe(500);
  });

  it('loses nothing when the service worker is stopped, and follows a navigation in its tab', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/virtual.html'));
    await startRecording();
    await ps.provider.evaluate(() =>
      (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(30, 120),
    );
    await waitForStored(120);
    await stopServiceWorker(ps.session);
    // The next batch wakes a fresh worker, which resumes from what IndexedDB holds.
    await ps.provider.evaluate(() =>
      (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(120, 200),
    );
    await waitForStored(200);

    // A new page in the same tab shows part of the same chat again, then more: re-injected and merged.
    await ps.provider.goto(ps.server.url('chat-e2e/virtual.html?from=180&count=30'));
    await ps.provider.locator('.messages > .row').first().waitFor();
    await waitForStored(210);
    await ps.provider.evaluate(() =>
      (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(210, 260),
    );
    await waitForStored(260);
    expect(await stopRecording()).toBe('Recording stopped: 260 messages saved');
    const transcript = storedTranscript(await transcriptItem());
    expect(transcript.messages.map((m) => m.text)).toEqual(texts(0, 260));
    // One unbroken log across the worker restart and the navigation, naming every message.
    const log = transcript.log as RecordingLog;
    expect(await verifyLog(log, transcript.messages, sha256Hex)).toMatchObject({ ok: true, problems: [] });
    const logged = new Set(log.entries.flatMap((e) => e.messages.map((m) => m.id)));
    expect(transcript.messages.filter((m) => !logged.has(m.id ?? ''))).toEqual([]);
  });

  it('follows the chat frame when it navigates on its own, keeping every message once', async () => {
    await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/framed.html'));
    const frame = () => ps.provider.frames().find((f) => f.url().includes('chat.vendor.test')) as Frame;
    await expect.poll(() => frame()?.locator('.messages > .row').count() ?? 0).toBe(30);
    await startRecording();
    await frame().evaluate(() => (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(30, 80));
    await waitForStored(80);

    // The widget reloads inside its frame, showing the last rows again; then the chat goes on.
    await frame().evaluate(() => {
      location.href = 'virtual.html?from=60&count=30';
    });
    await expect.poll(() => frame()?.url() ?? '').toContain('from=60');
    await waitForStored(90);
    await frame().evaluate(() => (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(90, 130));
    await waitForStored(130);
    expect(await stopRecording()).toBe('Recording stopped: 130 messages saved');
    expect(storedTranscript(await transcriptItem()).messages.map((m) => m.text)).toEqual(texts(0, 130));
  });

  it('keeps up with a chat adding 100 messages a second, saving as it goes', async () => {
    await ps.provider.goto(ps.server.url('chat-bench/chat.html?n=20'));
    await startRecording();
    // 300 messages over about 3 s, 100 a second, in a list that keeps every row.
    const paced = ps.provider.evaluate(
      () =>
        new Promise<void>((done) => {
          let i = 20;
          const timer = setInterval(() => {
            (window as unknown as { appendOne(i: number): void }).appendOne(i);
            if (++i === 320) {
              clearInterval(timer);
              done();
            }
          }, 10);
        }),
    );
    await waitForStored(100); // saved while the chat is still going
    await paced;
    await waitForStored(320);
    expect(await stopRecording()).toBe('Recording stopped: 320 messages saved');
    const texts = storedTranscript(await transcriptItem()).messages.map((m) => m.text);
    expect(texts).toEqual(
      Array.from({ length: 320 }, (_, i) => `Message number ${i}: my cloud desktop is still down, 已经等了很久了`),
    );
  });

  it('ends the recording cleanly with everything seen when the tab is closed', async () => {
    const tab = await ps.session.context.newPage();
    const previous = ps.provider;
    ps.provider = tab;
    try {
      await tab.goto(ps.server.url('chat-e2e/virtual.html'));
      await startRecording();
      await tab.evaluate(() => (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(30, 80));
      await tab.close();
    } finally {
      ps.provider = previous;
    }
    for (let i = 0; i < 50 && !(await transcriptItem()).record.recording?.stoppedAt; i++)
      await new Promise((r) => setTimeout(r, 200));
    const item = await transcriptItem();
    expect(item.record.recording?.stoppedAt).toBeTruthy();
    expect(storedTranscript(item).messages.map((m) => m.text)).toEqual(texts(0, 80));
  });

  it('ends the recording when the user deletes its item, without bringing the item back', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/virtual.html'));
    await startRecording();
    const { record } = await transcriptItem();
    await ps.inspector.evaluate(
      (evidenceId) =>
        chrome.runtime.sendMessage({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId } }),
      record.id,
    );
    await ps.provider.evaluate(() =>
      (window as unknown as { pump(a: number, b: number): Promise<number> }).pump(30, 60),
    );
    for (let i = 0; i < 50 && (await badgeText()) === 'REC'; i++) await new Promise((r) => setTimeout(r, 200));
    expect(await badgeText()).not.toBe('REC');
    expect((await readStore(ps.inspector)).items).toHaveLength(0);
  });
});
