// Choosing the chat among a tab's frames.
import { describe, expect, it } from 'vitest';
import { chooseFrameChat, type FrameChat } from '../../../../src/capture/chat/frames';

const msg = (text: string) => ({
  role: 'agent' as const,
  author: '',
  text,
  observedAt: '2026-11-23T09:00:00.000+08:00',
});
const frame = (frameId: number, widget: string, count: number): FrameChat => ({
  frameId,
  frameUrl: `https://f${frameId}.test/`,
  widget,
  messages: Array.from({ length: count }, (_, i) => msg(`m${i}`)),
  partial: false,
});

describe('chooseFrameChat', () => {
  it.each([
    ['a recognised widget over a longer generic list', [frame(0, 'generic', 40), frame(3, 'intercom', 4)], 3],
    ['the longer chat between two generic ones', [frame(0, 'generic', 2), frame(5, 'generic', 9)], 5],
    ['the longer chat between two widgets', [frame(2, 'tawk', 3), frame(4, 'crisp', 8)], 4],
    ['the top frame on a tie', [frame(7, 'generic', 3), frame(0, 'generic', 3)], 0],
  ])('prefers %s', (_name, frames, expected) => {
    expect(chooseFrameChat(frames)?.frameId).toBe(expected);
  });

  it('finds nothing when no frame has messages', () => {
    expect(chooseFrameChat([])).toBeNull();
    expect(chooseFrameChat([frame(0, 'intercom', 0)])).toBeNull();
  });
});
