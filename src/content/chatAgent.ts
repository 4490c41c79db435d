// What the content script does in one frame: read the chat once (Capture chat), or record it and
// send batches to the service worker until told to stop (Record chat). The worker calls it through
// the one typed channel of messaging/chatAgent.ts; answers and batches travel as typed envelopes
// through chrome.runtime, and the service worker accepts only these types from tabs.
import { findChatInFrames, observedNow, readFrameChat } from '../capture/chat/extract';
import { type ChatRecorder, type RecorderBatch, startRecorder } from '../capture/chat/recorder';
import {
  AGENT_KEY,
  type AgentCall,
  type AgentEndpoint,
  type ChatAgent,
  type ChatRegion,
  type FrameChatResult,
  PICKED_KEY,
  type PickedRegion,
  type RecordingCommand,
} from '../messaging/chatAgent';
import { packMessages } from '../messaging/packedMessages';
import type { ContentRequestType, Envelope, RequestOf } from '../messaging/protocol';

export type AgentHost = typeof globalThis & {
  [AGENT_KEY]?: AgentEndpoint & { agent: ChatAgent };
  [PICKED_KEY]?: PickedRegion;
};

const HISTORY_MS = 8000;
const BATCH_MS = 2000;

function send<T extends ContentRequestType>(type: T, payload: RequestOf<T>): Promise<unknown> {
  const envelope: Envelope<T> = { channel: 'proofpack', type, payload };
  return chrome.runtime.sendMessage(envelope).catch(() => undefined);
}

function readChat(region?: PickedRegion | null): FrameChatResult {
  try {
    const found = region === null ? { widget: null } : readFrameChat(document, { region });
    return found.widget
      ? {
          widget: found.widget,
          messages: packMessages(found.messages, observedNow({ now: Date.now })),
          partial: found.partial === true,
          title: document.title,
          ...(found.unassigned ? { unassigned: found.unassigned } : {}),
        }
      : { widget: null, title: document.title };
  } catch (error) {
    return { widget: null, title: document.title, error: String(error) };
  }
}

// The frame's agent, made once: a second injection into the same frame finds the first.
export function startChatAgent(host: AgentHost): ChatAgent {
  const existing = host[AGENT_KEY];
  if (existing) return existing.agent;
  let recording: { command: RecordingCommand; recorder: ChatRecorder; onHide: () => void } | null = null;

  // A recording's batch, under the command it belongs to (none while no recording runs).
  const sendBatch = (batch: RecorderBatch, command = recording?.command): void => {
    if (command && batch.upserts.length)
      void send('recording/batch', { evidenceId: command.evidenceId, session: command.session, ...batch });
  };

  const agent: ChatAgent = {
    // Only the region picked in this frame (content/picker.ts left it here); a stale pick reads nothing.
    capture: (region?: ChatRegion) =>
      readChat(region && (host[PICKED_KEY]?.pick === region.pick ? host[PICKED_KEY] : null)),
    record(command) {
      if (recording?.command.evidenceId === command.evidenceId && recording.command.session === command.session)
        return true;
      // A new session (the worker re-injected after a navigation): the old one's last messages still go out.
      const previous = recording?.command;
      const last = agent.stop();
      if (last) sendBatch(last, previous);
      const recorder = startRecorder(document, {
        locate: () => findChatInFrames(document),
        now: Date.now,
        batchMs: BATCH_MS,
        onBatch: sendBatch,
      });
      // The page may be going away (navigation, tab closing): send what is pending now.
      const onHide = (): void => sendBatch(recorder.flush());
      recording = { command, recorder, onHide };
      host.addEventListener('pagehide', onHide);
      void recorder
        .loadEarlierHistory({ maxMs: HISTORY_MS, now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) })
        .then(
          () => sendBatch(recorder.flush()),
          () => undefined,
        );
      sendBatch(recorder.flush());
      return true;
    },
    stop() {
      if (!recording) return null;
      const { recorder, onHide } = recording;
      host.removeEventListener('pagehide', onHide);
      const last = recorder.stop();
      recording = null;
      return { widget: last.widget, upserts: recorder.messages() };
    },
  };
  host[AGENT_KEY] = { agent, handle: (call) => answer(agent, call) };
  return agent;
}

// Runs one call of the worker and sends its reply.
async function answer(agent: ChatAgent, { call, method, args }: AgentCall): Promise<void> {
  const run = agent[method] as (...a: AgentCall['args']) => ReturnType<ChatAgent[typeof method]>;
  await send('chat/agent-reply', { call, result: run(...args) });
}
