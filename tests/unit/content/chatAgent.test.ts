// @vitest-environment happy-dom
// The content script's end of the one channel: each call the worker makes (capture, record, stop)
// is answered with one 'chat/agent-reply' under the call's id, through chrome.runtime.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AgentHost, startChatAgent } from '../../../src/content/chatAgent';
import { AGENT_KEY, type AgentCall, type AgentEndpoint, PICKED_KEY } from '../../../src/messaging/chatAgent';
import { type PackedMessages, unpackMessages } from '../../../src/messaging/packedMessages';
import type { Envelope } from '../../../src/messaging/protocol';
import { comparable, expectedFor, loadFixture } from '../capture/chat/fixtures';

const FIXTURE = 'intercom';
let sent: Envelope[] = [];
const host = globalThis as AgentHost;
const withChrome = globalThis as { chrome?: unknown };

beforeEach(() => {
  sent = [];
  withChrome.chrome = { runtime: { sendMessage: async (envelope: Envelope) => void sent.push(envelope) } };
  delete host[AGENT_KEY];
  loadFixture(FIXTURE);
});
afterEach(() => {
  delete withChrome.chrome;
});

const replies = () => sent.filter((e) => e.type === 'chat/agent-reply').map((e) => e.payload);
const call = (c: AgentCall) => (host[AGENT_KEY] as AgentEndpoint).handle(c);

describe('chat agent', () => {
  it('is made once per frame: a second injection finds the first', () => {
    const first = startChatAgent(host);
    expect(startChatAgent(host)).toBe(first);
  });

  it('answers a capture with the frame’s chat under the call’s id', async () => {
    startChatAgent(host);
    await call({ call: 'c1', method: 'capture', args: [] });
    const [reply] = replies() as { call: string; result: { widget: string; messages: PackedMessages } }[];
    expect(reply?.call).toBe('c1');
    expect(reply?.result).toMatchObject({ widget: FIXTURE, partial: false, title: document.title });
    const messages = unpackMessages(reply?.result.messages as PackedMessages);
    expect(comparable(messages)).toEqual(expectedFor(FIXTURE).messages);
    // One moment for the whole capture, sent once.
    expect(new Set(messages.map((m) => m.observedAt)).size).toBe(1);
  });

  it('answers record with true and stop with every recorded message, then null once stopped', async () => {
    startChatAgent(host);
    await call({ call: 'r', method: 'record', args: [{ evidenceId: 'ev', session: 0 }] });
    await call({ call: 's1', method: 'stop', args: [] });
    await call({ call: 's2', method: 'stop', args: [] });
    const [recorded, stopped, again] = replies() as { call: string; result: unknown }[];
    expect(recorded).toEqual({ call: 'r', result: true });
    const batch = stopped?.result as { widget: string; upserts: { text: string }[] };
    expect(stopped?.call).toBe('s1');
    expect(batch.widget).toBe(FIXTURE);
    expect(batch.upserts.map((m) => m.text)).toEqual(expectedFor(FIXTURE).messages.map((m) => m.text));
    expect(again).toEqual({ call: 's2', result: null });
  });

  it('reads only the region the picker left for this pick, and nothing for a stale pick', async () => {
    startChatAgent(host);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<ol id="picked" class="messages"><li>first picked</li><li>second picked</li></ol>',
    );
    const root = document.getElementById('picked') as Element;
    host[PICKED_KEY] = { pick: 'p1', root };
    await call({ call: 'c1', method: 'capture', args: [{ pick: 'p1' }] });
    await call({ call: 'c2', method: 'capture', args: [{ pick: 'old' }] });
    delete host[PICKED_KEY];
    const [picked, stale] = replies() as { result: { widget: string | null; messages?: PackedMessages } }[];
    expect(picked?.result.widget).toBe('generic');
    const messages = unpackMessages(picked?.result.messages as PackedMessages);
    expect(messages.map((m) => m.text)).toEqual(['first picked', 'second picked']);
    expect(stale?.result).toEqual({ widget: null, title: document.title });
  });
});
