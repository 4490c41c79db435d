// *Pick the chat area* in real Chromium through the real popup: a conversation the reader cannot find
// (inside a WebForms <form>, no chat words, no composer) is picked with a click, with the keyboard
// (ArrowUp widening from one message to the list), cancelled with Esc (nothing stored, no trace left in
// the page), and picked inside a cross-origin iframe — also from the keyboard alone (Tab, or the page's picker
// moving to the frame with ← → and entering it with Enter).
import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/chromium.mjs';
import type { TranscriptEvidence } from '../../src/domain/evidence';
import { deleteEveryItem } from './support/chatItems';
import { clickChatButton, decodeOriginal, withPopup } from './support/chatPopup';
import { axeFindings } from './support/axe';
import { closedShadowTexts, nextPickResult, pickerShown, startPick } from './support/chatPick';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { pixels, readStore } from './support/store';

const MESSAGES = [
  { role: 'agent', author: 'Agent Wang', time: '09:14', text: 'Hello, how can I help? 😊' },
  { role: 'customer', author: 'You', time: '09:15', text: 'My cloud PC has been down since 08:00. Order 4471.' },
  { role: 'agent', author: 'Agent Wang', time: '09:16', text: 'Sorry! I have escalated it: ticket <T-88>.' },
  { role: 'customer', author: 'You', time: '09:17', text: '谢谢，请尽快处理。' },
];
let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
});
afterAll(async () => {
  await ps?.close();
});
beforeEach(() => deleteEveryItem(ps.inspector));

async function storedTranscript() {
  const { items } = await readStore(ps.inspector);
  const transcripts = items.filter((i) => i.record.kind === 'transcript');
  expect(transcripts).toHaveLength(1);
  const item = transcripts[0];
  return { record: item?.record as TranscriptEvidence, json: JSON.parse(decodeOriginal(item?.originalBase64 ?? null)) };
}

const shown = (messages: { observedAt?: string }[]) => messages.map(({ observedAt: _o, ...m }) => m);

/** Picks the conversation in the ticket system's cross-origin frame with `choose`: stored with the frame's URL. */
async function pickInTicketFrame(choose: (frame: FrameLocator) => Promise<void>): Promise<void> {
  const pageUrl = ps.server.url('chat-e2e/unfound-framed.html');
  const frameUrl = ps.server.hostUrl('tickets.vendor.test', 'chat-e2e/unfound.html');
  await ps.provider.goto(pageUrl);
  const frame = ps.provider.frameLocator('#tickets');
  await frame.locator('#conversation').waitFor();
  const topBefore = await ps.provider.evaluate(() => document.documentElement.outerHTML);
  await startPick(ps);
  const result = nextPickResult(ps.inspector);
  await choose(frame);
  expect((await result).kind).toBe('saved');
  const { record, json } = await storedTranscript();
  expect(record).toMatchObject({ url: pageUrl, frameUrl, messageCount: 4 });
  expect(shown(json.messages)).toEqual(MESSAGES);
  await ps.provider.waitForFunction((html) => document.documentElement.outerHTML === html, topBefore);
}

describe('Pick the chat area', () => {
  it('reads the conversation the user clicks, stored like Capture chat with its screenshot', async () => {
    const pageUrl = ps.server.url('chat-e2e/unfound.html');
    await ps.provider.goto(pageUrl);
    const before = await ps.provider.evaluate(() => document.documentElement.outerHTML);
    await startPick(ps);
    expect(await closedShadowTexts(ps.provider)).toEqual([
      'Proofpack: click the chat. Tab or ← → move, ↑ ↓ widen or narrow, Enter chooses, Esc cancels.',
    ]);
    const result = nextPickResult(ps.inspector);
    // The list's own padding: the click lands on the conversation itself, not on one message.
    await ps.provider.locator('#conversation').click({ position: { x: 3, y: 3 } });
    expect(await result).toMatchObject({ kind: 'saved', outcome: { found: true, unassigned: [] } });

    const { record, json } = await storedTranscript();
    expect(record).toMatchObject({ widget: 'generic', messageCount: 4, url: pageUrl, frameUrl: pageUrl });
    expect(record.partial).toBeUndefined();
    expect(shown(json.messages)).toEqual(MESSAGES);
    const { items } = await readStore(ps.inspector);
    const shot = items.find((i) => i.record.kind === 'screenshot');
    expect(shot?.record).toMatchObject({ companion: record.id });
    // The outline (#d93025, 2 px inside the chosen element's box) was gone before the screenshot was taken.
    const box = await ps.provider.locator('#conversation').boundingBox();
    const at = (x: number, y: number): [number, number] => [Math.round(x), Math.round(y)];
    const { rgba } = await pixels(ps.inspector, shot?.originalBase64 ?? '', [
      at((box?.x ?? 0) + 1, (box?.y ?? 0) + 20),
      at((box?.x ?? 0) + 20, (box?.y ?? 0) + 1),
    ]);
    for (const pixel of rgba) expect(pixel).toEqual([255, 255, 255, 255]);
    expect(await ps.provider.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // The popup is closed by now: the open side panel says how it ended.
    expect(await ps.inspector.getByTestId('pick-result').innerText()).toBe("Saved 4 messages from this page's chat");
  });

  it('is usable from the keyboard: ArrowUp widens from one message to the whole list, Enter chooses', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/unfound.html'));
    await startPick(ps);
    await ps.provider.getByText('Hello, how can I help?').hover();
    const result = nextPickResult(ps.inspector);
    await ps.provider.keyboard.press('ArrowUp'); // the message's row
    await ps.provider.keyboard.press('ArrowUp'); // the conversation
    await ps.provider.keyboard.press('ArrowUp'); // the form: too wide
    await ps.provider.keyboard.press('ArrowDown'); // back to the conversation
    await ps.provider.keyboard.press('Enter');
    expect((await result).kind).toBe('saved');
    expect(shown((await storedTranscript()).json.messages)).toEqual(MESSAGES);
  });

  it('Esc stores nothing and leaves no trace in the page', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/unfound.html'));
    const before = await ps.provider.evaluate(() => document.documentElement.outerHTML);
    await startPick(ps);
    await ps.provider.locator('#conversation').hover();
    const result = nextPickResult(ps.inspector);
    await ps.provider.keyboard.press('Escape');
    expect(await result).toMatchObject({ kind: 'cancelled' });
    expect(await ps.provider.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect((await readStore(ps.inspector)).items).toEqual([]);
    expect(await ps.inspector.getByTestId('pick-result').innerText()).toBe('Picking cancelled. Nothing was saved.');
    // The page gets its clicks back: the picker no longer swallows them.
    const clicked = ps.provider.evaluate(
      () => new Promise<boolean>((r) => document.addEventListener('click', () => r(true), { once: true })),
    );
    await ps.provider.locator('#intro').click();
    expect(await clicked).toBe(true);
  });

  it('survives the browser stopping the idle worker while the user is still choosing', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/unfound.html'));
    await startPick(ps);
    await stopServiceWorker(ps.session);
    const result = nextPickResult(ps.inspector);
    await ps.provider.locator('#conversation').click({ position: { x: 3, y: 3 } });
    expect((await result).kind).toBe('saved');
    expect(shown((await storedTranscript()).json.messages)).toEqual(MESSAGES);
  });

  it('picks inside a cross-origin iframe; the other frames stop and clean up', async () => {
    await pickInTicketFrame((frame) => frame.locator('#conversation').click({ position: { x: 3, y: 3 } }));
  });

  it.each([
    ['Tab moves into the frame', ['Tab'], []],
    // From the page's middle (its body): ↓ the heading, → the paragraph, → the frame; Enter moves the keys in.
    [
      "the page's picker moves to the frame and Enter enters it",
      ['ArrowDown', 'ArrowRight', 'ArrowRight', 'Enter'],
      ['Tab'],
    ],
  ])('reaches a chat in a cross-origin iframe from the keyboard alone: %s', async (_, keys, inFrame) => {
    await pickInTicketFrame(async (frame) => {
      for (const key of keys) await ps.provider.keyboard.press(key);
      await expect.poll(() => frame.locator('body').evaluate(() => document.hasFocus())).toBe(true);
      for (const key of inFrame) await ps.provider.keyboard.press(key);
      // On the frame's Close ticket button: the outline follows the focus.
      await expect.poll(() => frame.locator(':focus').getAttribute('value')).toBe('Close ticket');
      await ps.provider.keyboard.press('ArrowUp'); // the button's paragraph
      await ps.provider.keyboard.press('ArrowLeft'); // the conversation before it
      await ps.provider.keyboard.press('Enter');
    });
  });

  it('offers Wrong part read? Pick the chat area under a capture that read the wrong part', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/wrong-part.html'));
    await withPopup(ps, async (popup) => {
      expect(await clickChatButton(popup, 'Capture chat')).toBe("Saved 2 messages from this page's chat");
      expect(await axeFindings(popup)).toEqual([]);
      await deleteEveryItem(ps.inspector);
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Wrong part read? Pick the chat area', exact: true }).click();
      await closed;
    });
    await pickerShown(ps.provider);
    const result = nextPickResult(ps.inspector);
    await ps.provider.locator('#conversation').click({ position: { x: 3, y: 3 } });
    expect((await result).kind).toBe('saved');
    expect(shown((await storedTranscript()).json.messages)).toEqual(MESSAGES);
  });

  it('speaks the language chosen in the side panel: the hint on the page and how the pick ended', async () => {
    const prefer = (uiLanguage: string) =>
      ps.inspector.evaluate(
        (payload) => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'panel/preferences', payload }),
        { uiLanguage },
      );
    await prefer('zh_CN');
    try {
      await ps.inspector.reload();
      await ps.provider.goto(ps.server.url('chat-e2e/unfound.html'));
      await startPick(ps);
      expect(await closedShadowTexts(ps.provider)).toEqual([
        'Proofpack：请点击聊天区域。按 Tab 或 ← → 移动，按 ↑ ↓ 扩大或缩小范围，按 Enter 确定，按 Esc 取消。',
      ]);
      const result = nextPickResult(ps.inspector);
      await ps.provider.keyboard.press('Escape');
      expect((await result).kind).toBe('cancelled');
      expect(await ps.inspector.getByTestId('pick-result').innerText()).toBe('已取消选择，未保存任何内容。');
    } finally {
      await prefer('');
      await ps.inspector.reload();
    }
  });
});
