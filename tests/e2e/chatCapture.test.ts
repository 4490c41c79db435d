// "Capture chat" in the real popup: a chat in a cross-origin iframe, a page without a chat (and its
// fallbacks), a restricted page, a frame that never answers, the transcript in the side panel, and
// the content script reading a 20,000-message chat.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SelectionEvidence, TranscriptEvidence } from '../../src/domain/evidence';
import { type PackedMessages, unpackMessages } from '../../src/messaging/packedMessages';
import { clickChatButton, decodeOriginal, withPopup } from './support/chatPopup';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';

const expected = JSON.parse(
  readFileSync(new URL('../fixtures/chat-e2e/widget.expected.json', import.meta.url), 'utf8'),
);
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;
let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
});
afterAll(async () => {
  await ps?.close();
});
beforeEach(async () => {
  // Each test starts with an empty case: delete what the previous one stored, through the UI's own request.
  const { items } = await readStore(ps.inspector);
  for (const { record } of items)
    await ps.inspector.evaluate(
      (evidenceId) =>
        chrome.runtime.sendMessage({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId } }),
      record.id,
    );
});

describe('Capture chat', () => {
  it('stores the chat of a cross-origin iframe as shown, hashed, and says how many from which widget', async () => {
    const pageUrl = ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html');
    await ps.provider.goto(pageUrl);
    await ps.provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
    const message = await withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'));
    expect(message).toBe('Saved 4 messages from Intercom');

    // The screenshot taken beside it is tested in chatCompanion.test.ts.
    const items = (await readStore(ps.inspector)).items.filter((i) => i.record.kind === 'transcript');
    expect(items).toHaveLength(1);
    const item = items[0];
    const record = item?.record as TranscriptEvidence;
    expect(record).toMatchObject({
      kind: 'transcript',
      widget: 'intercom',
      messageCount: 4,
      url: pageUrl,
      title: 'CloudDesk support',
    });
    expect(record.partial).toBeUndefined();
    const json = decodeOriginal(item?.originalBase64 ?? null);
    expect(record.file.sha256).toBe(
      createHash('sha256')
        .update(Buffer.from(item?.originalBase64 ?? '', 'base64'))
        .digest('hex'),
    );
    expect(record.file.bytes).toBe(Buffer.byteLength(json));
    const transcript = JSON.parse(json);
    expect(Object.keys(transcript)).toEqual(['url', 'title', 'frameUrl', 'widget', 'capturedAt', 'messages']);
    expect(transcript).toMatchObject({
      url: pageUrl,
      title: 'CloudDesk support',
      widget: 'intercom',
      frameUrl: ps.server.hostUrl('chat.vendor.test', 'chat-e2e/widget.html'),
    });
    expect(transcript.messages.map(({ observedAt: _o, ...m }: { observedAt: string }) => m)).toEqual(expected.messages);
    for (const m of transcript.messages) expect(m.observedAt).toMatch(RFC3339);
  });

  // The scale case runs here, in real Chromium, rather than in happy-dom racing a unit-test timeout. It
  // asks the shipped content script's agent directly, as the worker does, but without the worker's
  // per-frame time-out, so a slow machine makes it slower, not wrong.
  it('reads a chat of 20,000 messages whole and in order', async () => {
    const n = 20_000;
    await ps.provider.goto(ps.server.url(`chat-bench/chat.html?n=${n}`));
    await ps.provider.bringToFront();
    const sw = await ps.session.serviceWorker();
    const result = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const target = { tabId: tab?.id ?? -1 };
      await chrome.scripting.executeScript({ target, files: ['src/content/chat.js'] });
      const [frame] = await chrome.scripting.executeScript({
        target,
        func: () =>
          (globalThis as unknown as Record<string, { agent: { capture(): unknown } }>).__proofpackChat?.agent.capture(),
      });
      return frame?.result as { widget: string | null; partial?: boolean; messages?: PackedMessages };
    });
    expect(result).toMatchObject({ widget: 'generic', partial: false });
    // As the worker unpacks it (the agent packs a transcript into one array per field).
    const messages = result.messages ? unpackMessages(result.messages) : [];
    expect(messages).toHaveLength(n);
    const wrong = messages.findIndex(
      (m, i) =>
        m.text !== `Message number ${i}: my cloud desktop is still down, 已经等了很久了` ||
        m.role !== (i % 2 ? 'customer' : 'agent') ||
        m.author !== (i % 2 ? 'Me' : 'Agent Zhou') ||
        m.time !== `10:${String(i % 60).padStart(2, '0')}`,
    );
    expect(wrong).toBe(-1);
  });

  it('shows the transcript in the side panel as text: markup in a message stays literal', async () => {
    await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', 'chat-e2e/provider.html'));
    await ps.provider.frameLocator('#widget').locator('.intercom-conversation-part').first().waitFor();
    await withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'));
    const panel = await ps.session.context.newPage();
    try {
      await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
      await panel
        .getByTestId('evidence-item')
        .getByRole('button', { name: /^Open chat transcript/ })
        .first()
        .click();
      const viewer = panel.getByTestId('transcript-viewer');
      await viewer.getByTestId('chat-message').nth(3).waitFor();
      expect(await viewer.getByTestId('chat-message').count()).toBe(4);
      const third = viewer.getByTestId('chat-message').nth(2);
      expect(await third.locator('.bubble-text').innerText()).toBe('The page says <b>html</b> & nothing else?');
      expect(await third.locator('b').count()).toBe(0);
      expect(await viewer.getByTestId('chat-message').nth(0).innerText()).toContain('客服小王');
      expect(await viewer.innerText()).toContain('Intercom');
    } finally {
      await panel.close();
    }
  });

  it('finds no chat on a plain page, says so, and saves the selected text instead', async () => {
    const pageUrl = ps.server.hostUrl('status.clouddesk.test', 'chat-e2e/no-chat.html');
    await ps.provider.goto(pageUrl);
    await withPopup(ps, async (popup) => {
      await popup.getByRole('button', { name: 'Capture chat', exact: true }).click();
      await popup.getByTestId('no-chat').waitFor();
      expect(await popup.getByTestId('no-chat').innerText()).toContain('No chat found on this page');
      // Nothing selected yet: a clear message, nothing stored.
      expect(await clickChatButton(popup, 'Save selected text', '[data-testid=fallback-status]')).toMatch(
        /Nothing is selected/,
      );
    });
    expect((await readStore(ps.inspector)).items).toHaveLength(0);

    await ps.provider.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('notice') as HTMLElement);
      getSelection()?.addRange(range);
    });
    const selected = await ps.provider.evaluate(() => getSelection()?.toString() ?? '');
    const message = await withPopup(ps, async (popup) => {
      await popup.getByRole('button', { name: 'Capture chat', exact: true }).click();
      await popup.getByTestId('no-chat').waitFor();
      return clickChatButton(popup, 'Save selected text', '[data-testid=fallback-status]');
    });
    expect(message).toBe(`Saved the selected text (${[...selected].length} characters)`);
    const [item] = (await readStore(ps.inspector)).items;
    const record = item?.record as SelectionEvidence;
    expect(record).toMatchObject({ kind: 'selection', text: selected, url: pageUrl, frameUrl: pageUrl });
    expect(selected).toContain('Outage notice');
    expect(decodeOriginal(item?.originalBase64 ?? null)).toBe(selected);
    expect(record.file.sha256).toBe(createHash('sha256').update(selected).digest('hex'));
  });

  it('refuses a browser page with the clear message and stores nothing', async () => {
    await ps.provider.goto('chrome://version');
    const message = await withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'));
    expect(message).toMatch(/does not let extensions capture its own pages/);
    expect((await readStore(ps.inspector)).items).toHaveLength(0);
  });

  it('reports the result as partial when a frame never answers', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/hung-frame.html'));
    await ps.provider.waitForTimeout(600); // let the ad frame start its endless loop
    const message = await withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'));
    expect(message).toMatch(/^Saved 2 messages from this page's chat\nPart of the page did not answer in time/);
    const [item] = (await readStore(ps.inspector)).items.filter((i) => i.record.kind === 'transcript');
    expect(item?.record).toMatchObject({ kind: 'transcript', partial: true, messageCount: 2, widget: 'generic' });
  });
});
