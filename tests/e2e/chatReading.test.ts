// What real chat widgets do that only a real browser shows (layout, computed style, frames), read
// through the real popup's Capture chat; and a capture the reader cannot fully place says so, with
// the text it left out, in the popup and the side panel.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptEvidence } from '../../src/domain/evidence';
import type { Transcript } from '../../src/domain/transcript';
import { clickChatButton, decodeOriginal, withPopup } from './support/chatPopup';
import { deleteEveryItem, openNewestTranscript } from './support/chatItems';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
});
afterAll(async () => ps?.close());
beforeEach(() => deleteEveryItem(ps.inspector));

/** Captures the chat of `page` through the popup; returns what the popup said and the stored transcript. */
async function capture(page: string): Promise<{ said: string; transcript: Transcript; record: TranscriptEvidence }> {
  await ps.provider.goto(ps.server.url(`chat-e2e/${page}`));
  await ps.provider.waitForLoadState('load');
  const said = await withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'));
  const [item] = (await readStore(ps.inspector)).items.filter((i) => i.record.kind === 'transcript');
  if (!item) throw new Error(`nothing stored: ${said}`);
  return {
    said,
    transcript: JSON.parse(decodeOriginal(item.originalBase64)) as Transcript,
    record: item.record as TranscriptEvidence,
  };
}
const rows = (t: Transcript) => t.messages.map((m) => [m.role, m.text, m.time ?? '']);

describe('generic reading in a real browser', () => {
  it.each([
    [
      'hashed.html',
      'sides from computed row-reverse under hashed classes; dividers and notices are not messages, a date answer is',
      [
        ['agent', '您好，请问有什么可以帮您？', ''],
        ['customer', 'My broadband has been down for 3 days.', ''],
        ['agent', '请问是从哪天开始的？', ''],
        ['customer', '2026年11月20日', ''],
        ['customer', '地址：上海市徐汇区 88 号', ''],
        ['system', '客服 Wang 已接入会话', ''],
        ['agent', '已为您创建工单 #88231，今天内回电。', '10:05'],
        ['customer', 'OK, thanks 🙏', '10:06'],
      ],
    ],
    [
      'column-reverse.html',
      'a column-reverse list in the order the user sees it',
      [
        ['agent', 'Hello, how can I help?', ''],
        ['customer', 'I was charged twice.', ''],
        ['agent', 'Which order is it?', ''],
        ['customer', 'Order 5521, please refund it.', ''],
        ['agent', 'The refund of ¥199 is on its way.', ''],
      ],
    ],
    [
      'drawer.html',
      'the chat of a same-origin drawer frame the page wrote itself',
      [
        ['agent', 'Hi, this is cloud support.', ''],
        ['customer', 'My instance i-88 will not boot.', ''],
        ['agent', 'Ticket CS-20261123-7 opened.', ''],
      ],
    ],
  ])('%s: reads %s', async (page, _, expected) => {
    const { transcript } = await capture(page);
    expect(rows(transcript)).toEqual(expected);
    expect(transcript.unassigned).toBeUndefined();
  });

  it('orders absolutely positioned rows by position, keeping every repeated "好的"', async () => {
    const { transcript } = await capture('same-texts.html');
    const expected = Array.from({ length: 60 }, (_, i) => [
      i % 2 === 1 ? 'customer' : 'agent',
      i % 3 === 0 ? `第 ${i} 条：请确认` : '好的',
      '',
    ]);
    expect(rows(transcript)).toEqual(expected);
  });
});

describe('a capture that may be incomplete', () => {
  it('says so in the popup and the side panel and shows the text no message holds', async () => {
    await ps.provider.goto(ps.server.url('chat-e2e/incomplete.html'));
    const shown = await withPopup(ps, async (popup) => {
      await popup.getByRole('button', { name: 'Capture chat', exact: true }).click();
      const done = popup.getByTestId('chat-done');
      await done.waitFor({ timeout: 20_000 });
      return { text: await done.innerText(), cls: await done.getAttribute('class') };
    });
    expect(shown.text).toContain('Saved 3 messages from Intercom, but the capture may be incomplete.');
    expect(shown.text).toContain('After message 2:');
    expect(shown.text).toContain('We will refund you within 3 days.');
    expect(shown.text).toContain('Reference R-5521.');
    expect(shown.cls).not.toContain('ok');

    const [item] = (await readStore(ps.inspector)).items.filter((i) => i.record.kind === 'transcript');
    const record = item?.record as TranscriptEvidence;
    expect(record.partial).toBe(true);
    const transcript = JSON.parse(decodeOriginal(item?.originalBase64 ?? null)) as Transcript;
    expect(transcript.unassigned).toEqual([
      { text: 'We will refund you within 3 days.', after: 1 },
      { text: 'Reference R-5521.', after: 1 },
    ]);

    const panel = await openNewestTranscript(ps);
    expect(await panel.getByTestId('transcript-summary').first().innerText()).toContain('may be incomplete');
    try {
      const lines = panel.getByTestId('transcript-viewer').getByTestId('chat-unassigned');
      await lines.waitFor();
      expect(await panel.getByTestId('transcript-viewer').innerText()).toContain('May be incomplete');
      expect(await lines.innerText()).toContain('Reference R-5521.');
    } finally {
      await panel.close();
    }
  });
});
