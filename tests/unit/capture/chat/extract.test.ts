// @vitest-environment happy-dom
// One frame's capture: adapters then generic, observedAt stamped, no chat → none (the 20,000-message
// chat is read in real Chromium: tests/e2e/chatCapture.test.ts).
import { describe, expect, it } from 'vitest';
import { formatRfc3339 } from '../../../../src/domain/time';
import { extractFromDocument, selectorList } from '../../../../src/capture/chat/extract';
import { chatAdapters } from '../../../../src/capture/chat/registry';
import { renderTranscriptText } from '../../../../src/domain/transcript';
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
});

describe('selectorList', () => {
  it('splits a list at its own commas only', () => {
    expect(selectorList('.a, #b,[data-x="1,2"] , :is(.c, .d) > p')).toEqual([
      '.a',
      '#b',
      '[data-x="1,2"]',
      ':is(.c, .d) > p',
    ]);
    expect(selectorList("[title='x, \\'y']")).toEqual(["[title='x, \\'y']"]);
    expect(selectorList(':is(:not(.a, .b), .c) > p,li')).toEqual([':is(:not(.a, .b), .c) > p', 'li']);
  });

  it('splits every adapter’s detect into selectors the page accepts, none lost', () => {
    for (const adapter of chatAdapters) {
      const parts = selectorList(adapter.detect as string);
      expect(parts.join(', ')).toBe((adapter.detect as string).replace(/\s*,\s*/g, ', '));
      for (const part of parts) expect(() => document.querySelector(part)).not.toThrow();
    }
  });
});
