// The one channel between the service worker and the content script: the worker calls a method of
// the chat agent in chosen frames of a tab (`callChatAgent` in background/chatFrames.ts), and each
// frame's agent answers that call with one 'chat/agent-reply' message. Capture, record and stop all
// travel this way; the agent's interface below types both ends.
import type { RecordedMessage, UnassignedLine } from '../domain/transcript';
import type { PackedMessages } from './packedMessages';

// The page global under which the injected content script keeps its agent (one per frame).
export const AGENT_KEY = '__proofpackChat';

// Where the picker (content/picker.ts) leaves the region the user chose, in the same isolated world.
export const PICKED_KEY = '__proofpackPicked';

/** The page global under which the injected picker keeps its controls (one per frame). */
export const PICKER_KEY = '__proofpackPicker';

/** What every frame's picker is told when a pick starts: its id and the hint in the user's language. */
export interface PickerStart {
  pick: string;
  hint: string;
}

export interface PickerEndpoint {
  start(options: PickerStart): void;
  /** Ends the pick (another frame's choice won, or it was cancelled) and removes every trace of it. */
  stop(pick: string): void;
}

/** A region chosen with *Pick the chat area*, named by its pick. */
export interface ChatRegion {
  pick: string;
}

/** What the picker leaves under PICKED_KEY: the chosen element (the chat agent finds the list in it). */
export interface PickedRegion {
  pick: string;
  root: Element;
}

/** One frame's chat as its content script read it. */
export type FrameChatResult =
  /** `unassigned`: the chat's text that is in no message (see capture/chat/account.ts). */
  | { widget: string; messages: PackedMessages; partial: boolean; title: string; unassigned?: UnassignedLine[] }
  | { widget: null; title: string; error?: string };

/** What the content script is told when a recording starts or resumes after a navigation. */
export interface RecordingCommand {
  evidenceId: string;
  /** Increases with each injection, so message ids of different pages never collide. */
  session: number;
}

/** New or changed messages of a recording (upsert by id, sort by order). */
export interface MessageBatch {
  widget: string | null;
  upserts: RecordedMessage[];
}

export interface ChatAgent {
  /** Reads the chat of this frame once (Capture chat), or only the picked region. */
  capture(region?: ChatRegion): FrameChatResult;
  /** Starts recording (no-op when this frame already records the same item). */
  record(command: RecordingCommand): boolean;
  /** Stops recording and returns every message it recorded (batches still in flight may arrive too late). */
  stop(): MessageBatch | null;
}

export type AgentMethod = keyof ChatAgent;
export type AgentResult<M extends AgentMethod> = ReturnType<ChatAgent[M]>;

/** A call of one agent method, under an id its replies are filed by. */
export interface AgentCall<M extends AgentMethod = AgentMethod> {
  call: string;
  method: M;
  args: Parameters<ChatAgent[M]>;
}

export interface AgentReply {
  call: string;
  result: AgentResult<AgentMethod>;
}

/** What the page global holds: the agent's entry point for calls. */
export interface AgentEndpoint {
  /** Runs the call and sends its 'chat/agent-reply'. */
  handle(call: AgentCall): Promise<void>;
}
