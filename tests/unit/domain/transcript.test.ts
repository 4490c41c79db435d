import { describe, expect, it } from 'vitest';
import { parseTranscript, serializeTranscript, type Transcript } from '../../../src/domain/transcript';

const at = '2026-11-23T09:00:00.000+08:00';
const transcript: Transcript = {
  url: 'https://desk.test/',
  title: 'Support',
  frameUrl: 'https://chat.test/w',
  widget: 'intercom',
  capturedAt: at,
  recording: { startedAt: at, stoppedAt: at },
  messages: [
    { role: 'customer', author: '', text: '<b>literal</b>\n第二行 😊', observedAt: at },
    { role: 'agent', author: 'Li', text: 'ok', time: '09:00', observedAt: at, edit: { version: 2, replacedAt: at } },
  ],
};

describe('parseTranscript', () => {
  it('reads back exactly what serializeTranscript wrote', () => {
    expect(parseTranscript(serializeTranscript(transcript))).toEqual(transcript);
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"chat"'],
    ['null', 'null'],
    ['no message list', '{"messages": {}}'],
  ])('gives null for %s', (_, json) => {
    expect(parseTranscript(json)).toBeNull();
  });

  it('reads fields of the wrong type as empty and unknown roles as unknown, keeping every message', () => {
    const parsed = parseTranscript(
      JSON.stringify({ url: 3, recording: { stoppedAt: at }, messages: [{ role: 'bot', text: 7, time: 9 }, null] }),
    );
    expect(parsed).toEqual({
      url: '',
      title: '',
      frameUrl: '',
      widget: '',
      capturedAt: '',
      messages: [
        { role: 'unknown', author: '', text: '', observedAt: '' },
        { role: 'unknown', author: '', text: '', observedAt: '' },
      ],
    });
  });
});
