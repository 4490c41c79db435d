// A recording's batches merged across page loads (sessions), and the stored transcript JSON written
// and read back.
import { describe, expect, it } from 'vitest';
import {
  applySessionBatch,
  newSession,
  parseTranscript,
  type RecordedMessage,
  serializeTranscript,
  type Transcript,
} from '../../../src/domain/transcript';

const at = '2026-11-23T09:00:00.000+08:00';
const later = '2026-11-23T09:05:00.000+08:00';
const rec = (id: string, order: number, text: string, observedAt = at): RecordedMessage => ({
  id,
  order,
  role: 'agent',
  author: 'Li',
  text,
  time: '09:00',
  observedAt,
});

describe('applySessionBatch', () => {
  it('prefixes ids with the session and keeps upserts of the same message as one', () => {
    let state = newSession([], 0);
    let r = applySessionBatch([], [rec('s:1', 0, 'hello'), rec('s:2', 1, 'ok')], state);
    state = r.state;
    expect(r.messages.map((m) => m.id)).toEqual(['0/s:1', '0/s:2']);
    r = applySessionBatch(
      r.messages,
      [{ ...rec('s:2', 1, 'ok'), edit: { version: 1, replacedAt: later } }, rec('s:3', 2, 'ok')],
      state,
    );
    expect(r.messages.map((m) => [m.id, m.text, m.edit?.replacedAt])).toEqual([
      ['0/s:1', 'hello', undefined],
      ['0/s:2', 'ok', later],
      ['0/s:3', 'ok', undefined],
    ]);
    expect(r.written).toHaveLength(2);
  });

  it('matches a new page’s repeats to the stored messages (k-th to k-th), keeping first-seen times and places', () => {
    const stored = applySessionBatch(
      [],
      [rec('s:1', 0, 'hello'), rec('s:2', 1, 'ok'), rec('s:3', 2, 'ok')],
      newSession([], 0),
    ).messages;
    const session = newSession(stored, 1);
    const r = applySessionBatch(
      stored,
      [rec('s:1', 0, 'ok', later), rec('s:2', 1, 'ok', later), rec('s:3', 2, 'ok', later), rec('s:4', 3, 'new', later)],
      session,
    );
    expect(r.messages.map((m) => [m.id, m.text, m.observedAt])).toEqual([
      ['0/s:1', 'hello', at],
      ['0/s:2', 'ok', at],
      ['0/s:3', 'ok', at],
      ['1/s:3', 'ok', later],
      ['1/s:4', 'new', later],
    ]);
    // A later update of an aliased message lands on the stored one.
    const again = applySessionBatch(
      r.messages,
      [{ ...rec('s:1', 0, 'ok', later), edit: { version: 1, deletedAt: later } }],
      r.state,
    );
    expect(again.messages.find((m) => m.id === '0/s:2')?.edit?.deletedAt).toBe(later);
    expect(again.messages).toHaveLength(5);
  });

  it('sorts a later page’s earlier history (negative orders) after everything already stored', () => {
    const stored = applySessionBatch([], [rec('s:1', 0, 'a'), rec('s:2', 1, 'b')], newSession([], 0)).messages;
    const r = applySessionBatch(stored, [rec('s:9', -3, 'older on page 2'), rec('s:1', 0, 'c')], newSession(stored, 1));
    expect(r.messages.map((m) => m.text)).toEqual(['a', 'b', 'older on page 2', 'c']);
  });
});

describe('serializeTranscript', () => {
  const transcript: Transcript = {
    url: 'https://desk.test/',
    title: 'Support',
    frameUrl: 'https://chat.test/w',
    widget: 'intercom',
    capturedAt: at,
    recording: { startedAt: at },
    messages: [{ role: 'customer', author: '', text: '<b>literal</b>\n第二行 😊', observedAt: at }],
  };

  it('writes the bundle format’s keys in order, with text kept literal and no absent fields', () => {
    const json = serializeTranscript(transcript);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['url', 'title', 'frameUrl', 'widget', 'capturedAt', 'recording', 'messages']);
    expect(parsed.recording).toEqual({ startedAt: at });
    expect(parsed.messages[0]).toEqual({
      role: 'customer',
      author: '',
      text: '<b>literal</b>\n第二行 😊',
      observedAt: at,
    });
    expect(json.endsWith('\n')).toBe(true);
  });

  it('is the same bytes for the same transcript (the hash is reproducible)', () => {
    expect(serializeTranscript({ ...transcript })).toBe(serializeTranscript(transcript));
  });
});

const recorded: Transcript = {
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
    expect(parseTranscript(serializeTranscript(recorded))).toEqual(recorded);
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
