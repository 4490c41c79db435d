// What the content script does in one frame: read the chat once (Capture chat), or record it and
// send batches to the service worker until told to stop (Record chat). Replies travel as typed
// envelopes through chrome.runtime; the service worker accepts only these types from tabs.
import { extractFromDocument, findChatInFrames } from '../capture/chat/extract';
import { type ChatRecorder, type RecorderBatch, startRecorder } from '../capture/chat/recorder';
import type { ContentRequestType, Envelope, FrameChatResult, RecordingCommand, RequestOf } from '../messaging/protocol';

export const AGENT_KEY = '__proofpackChat';

export interface ChatAgent {
  /** Reads the chat of this frame and sends it to the worker under `run`. */
  capture(run: string): Promise<void>;
  /** Starts recording (no-op when this frame already records the same item). */
  record(command: RecordingCommand): boolean;
  /** Stops recording and returns every message it recorded (batches still in flight may arrive too late). */
  stop(): RecorderBatch | null;
}

type AgentHost = typeof globalThis & { [AGENT_KEY]?: ChatAgent };

const HISTORY_MS = 8000;
const BATCH_MS = 2000;

function send<T extends ContentRequestType>(type: T, payload: RequestOf<T>): Promise<unknown> {
  const envelope: Envelope<T> = { channel: 'proofpack', type, payload };
  return chrome.runtime.sendMessage(envelope).catch(() => undefined);
}

export function startChatAgent(host: AgentHost): ChatAgent {
  const existing = host[AGENT_KEY];
  if (existing) return existing;
  let recording: { command: RecordingCommand; recorder: ChatRecorder; onHide: () => void } | null = null;

  const sendBatch = (batch: RecorderBatch): void => {
    if (!recording || !batch.upserts.length) return;
    const { evidenceId, session } = recording.command;
    void send('recording/batch', { evidenceId, session, widget: batch.widget, upserts: batch.upserts });
  };

  const agent: ChatAgent = {
    async capture(run) {
      let result: FrameChatResult;
      try {
        const found = extractFromDocument(document, { now: Date.now });
        result = found.widget
          ? {
              widget: found.widget,
              messages: found.messages,
              partial: found.partial === true,
              title: document.title,
              ...(found.unassigned ? { unassigned: found.unassigned } : {}),
            }
          : { widget: null, title: document.title };
      } catch (error) {
        result = { widget: null, title: document.title, error: String(error) };
      }
      await send('chat/frame-result', { run, result });
    },
    record(command) {
      if (recording?.command.evidenceId === command.evidenceId && recording.command.session === command.session)
        return true;
      // A new session (the worker re-injected after a navigation): the old one's last messages still go out.
      const previous = recording?.command;
      const last = agent.stop();
      if (previous && last?.upserts.length)
        void send('recording/batch', { ...previous, widget: last.widget, upserts: last.upserts });
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
  host[AGENT_KEY] = agent;
  return agent;
}
