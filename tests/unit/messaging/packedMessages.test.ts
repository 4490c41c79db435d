// A captured chat travels to the worker as one array per field and its texts as one string: what arrives
// is what was read.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/domain/transcript';
import { packMessages, unpackMessages } from '../../../src/messaging/packedMessages';

const AT = '2026-11-30T12:00:00.000+08:00';
const read: ChatMessage[] = [
  { role: 'agent', author: '客服小林', text: '您好，请问有什么可以帮您？', time: '10:02', observedAt: AT },
  { role: 'customer', author: '', text: '<b>not bold</b>\nsecond line 😀', observedAt: AT },
  { role: 'unknown', author: 'Lin', text: 'Ticket #A-1234', time: '上午 9:14', observedAt: AT },
];

describe('packed messages', () => {
  it('arrive as they were read: same fields, same order, no time where none was shown', () => {
    const back = unpackMessages(JSON.parse(JSON.stringify(packMessages(read, AT))));
    expect(back).toEqual(read);
    expect(back.map((m) => Object.keys(m))).toEqual(read.map((m) => Object.keys(m)));
    expect('time' in (back[1] as ChatMessage)).toBe(false);
  });

  it('carry the moment once, not once per message', () => {
    const packed = packMessages(read, AT);
    expect(packed.observedAt).toBe(AT);
    expect(JSON.stringify(packed).split(AT).length - 1).toBe(1);
  });

  it('cut the texts back where they were joined: emoji, empty texts, line breaks and markup as they were', () => {
    const texts = ['😀👍🏽', '', 'a\nb', '<script>x</script>', '\ud83d', 'end'];
    const messages: ChatMessage[] = texts.map((text) => ({ role: 'customer', author: 'Me', text, observedAt: AT }));
    const packed = packMessages(messages, AT);
    expect(typeof packed.texts).toBe('string');
    expect(unpackMessages(JSON.parse(JSON.stringify(packed))).map((m) => m.text)).toEqual(texts);
  });

  it('pack an empty chat into empty columns', () => {
    expect(unpackMessages(packMessages([], AT))).toEqual([]);
  });
});
