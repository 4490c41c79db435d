// @vitest-environment happy-dom
// One frame's capture: adapters then generic, observedAt stamped, no chat → none, big chats.
import { describe, expect, it } from 'vitest';
import { formatRfc3339 } from '../../../src/domain/time';
import { extractFromDocument } from '../../../src/capture/chat/extract';
import { renderTranscriptText } from '../../../src/domain/transcript';
import { loadFixture } from './fixtures';

const options = {
  now: () => Date.UTC(2026, 10, 23, 1, 14),
  stamp: (ms: number) => formatRfc3339(new Date(ms), 'Asia/Shanghai'),
};

describe('extractFromDocument', () => {
  it('finds no chat on pages without one', () => {
    for (const name of ['none-shop', 'none-forum', 'none-blog'])
      expect(extractFromDocument(loadFixture(name), options)).toEqual({ widget: null });
  });

  it('stamps every message with observedAt and names the widget', () => {
    const result = extractFromDocument(loadFixture('generic-aria-log'), options);
    expect(result.widget).toBe('generic');
    if (!result.widget) return;
    expect(result.messages[0]).toEqual({
      role: 'agent',
      author: 'Mia (Nova Cloud)',
      text: 'Hello! How can I help you today?',
      time: '09:14',
      observedAt: '2026-11-23T09:14:00.000+08:00',
    });
    const text = renderTranscriptText({
      url: 'https://x.test/',
      title: 't',
      frameUrl: 'https://x.test/',
      widget: result.widget,
      capturedAt: '2026-11-23T09:14:00.000+08:00',
      messages: result.messages,
    });
    expect(text).toContain('[09:14] Mia (Nova Cloud) (agent):\n  Hello! How can I help you today?');
  });

  it('extracts a chat of 20,000 messages in order', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<div class="msg ${i % 2 ? 'from-visitor' : 'from-operator'}">` +
        `<span class="msg-author">${i % 2 ? 'Me' : 'Agent Wang'}</span><p class="msg-text">第 ${i} 条消息 #${i}</p>` +
        `<time>09:${String(i % 60).padStart(2, '0')}</time></div>`,
    );
    const list = `<div class="chat-messages">${rows.join('')}</div>`;
    document.body.innerHTML = `<div class="chat">${list}<textarea></textarea></div>`;
    const result = extractFromDocument(document, options);
    if (!result.widget) throw new Error('no chat found');
    expect(result.messages).toHaveLength(20_000);
    expect(result.messages[19_999]).toMatchObject({
      role: 'customer',
      author: 'Me',
      text: '第 19999 条消息 #19999',
      time: '09:19',
    });
    expect(
      result.messages.every((m, i) => m.text === `第 ${i} 条消息 #${i}` && m.role === (i % 2 ? 'customer' : 'agent')),
    ).toBe(true);
  }, 60_000); // happy-dom is far slower than a browser here; speed is measured by the benchmark, not asserted.
});
