/// <reference types="@crxjs/vite-plugin/client" />
// The worker's end of the one channel to the content script (messaging/chatAgent.ts): inject the
// agent (idempotent) into chosen frames, call one of its methods there, and gather each frame's
// answer. Injection happens only now, on the user's request. Frames answer one by one through
// 'chat/agent-reply', so a frame that never answers (hung, still loading) costs only the time-out
// and the rest still count.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import chatScript from '../content/chat.ts?script&iife';
import type { FrameChat } from '../capture/chat/frames';
import {
  AGENT_KEY,
  type AgentCall,
  type AgentEndpoint,
  type AgentMethod,
  type AgentReply,
  type AgentResult,
  type ChatAgent,
  type ChatRegion,
} from '../messaging/chatAgent';
import { unpackMessages } from '../messaging/packedMessages';

export const FRAME_TIMEOUT_MS = 4000;

export interface FrameAnswer<M extends AgentMethod> {
  frameId: number;
  frameUrl: string;
  result: AgentResult<M>;
}

export interface AgentAnswers<M extends AgentMethod> {
  answers: FrameAnswer<M>[];
  /** False when some frame did not answer in time. */
  complete: boolean;
}

const calls = new Map<string, FrameAnswer<AgentMethod>[]>();

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** True when `work` succeeded within `ms`; false when it failed or is still running (it goes on, unobserved). */
export async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([
    work.then(
      () => true,
      () => false,
    ),
    sleep(ms).then(() => false),
  ]);
}

/** Handler of 'chat/agent-reply': files a frame's answer under its call. */
export function receiveAgentReply({ call, result }: AgentReply, sender: Runtime.MessageSender): void {
  calls.get(call)?.push({ result, frameId: sender.frameId ?? 0, frameUrl: sender.url ?? '' });
}

/**
 * Runs in the page (serialised by chrome.scripting: it may use nothing from this module). The agent
 * file is read from disk before it runs, so this call may arrive first: it waits for the agent.
 */
async function askAgent(key: string, call: AgentCall): Promise<boolean> {
  for (let waited = 0; waited < 3000; waited += 50) {
    const endpoint = (globalThis as unknown as Record<string, AgentEndpoint | undefined>)[key];
    if (endpoint) return endpoint.handle(call).then(() => true);
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** Calls `method` of the chat agent in the given frames of the tab (all frames by default). */
export async function callChatAgent<M extends AgentMethod>(
  tabId: number,
  frameIds: number[] | 'all',
  method: M,
  ...args: Parameters<ChatAgent[M]>
): Promise<AgentAnswers<M>> {
  const call: AgentCall<M> = { call: crypto.randomUUID(), method, args };
  const answers: FrameAnswer<M>[] = [];
  calls.set(call.call, answers as FrameAnswer<AgentMethod>[]);
  const target = frameIds === 'all' ? { tabId, allFrames: true } : { tabId, frameIds };
  try {
    // Not awaited before asking: one hung frame would hold the injection up for every frame.
    const injected = browser.scripting.executeScript({ target, files: [chatScript], injectImmediately: true });
    const asked = browser.scripting.executeScript({
      target,
      func: askAgent,
      args: [AGENT_KEY, call],
      injectImmediately: true,
    });
    const complete = await within(Promise.all([injected, asked]), FRAME_TIMEOUT_MS);
    return { answers: [...answers], complete };
  } finally {
    calls.delete(call.call);
  }
}

export interface FrameChats {
  frames: FrameChat[];
  /** False when some frame did not answer in time. */
  complete: boolean;
}

/** Asks every frame of a tab for its chat, or one frame for the region the user picked there. */
export async function readChatFrames(
  tabId: number,
  picked?: { frameId: number; region: ChatRegion },
): Promise<FrameChats> {
  const { answers, complete } = picked
    ? await callChatAgent(tabId, [picked.frameId], 'capture', picked.region)
    : await callChatAgent(tabId, 'all', 'capture');
  return {
    frames: answers.flatMap(({ frameId, frameUrl, result: r }) =>
      r.widget
        ? [
            {
              frameId,
              frameUrl,
              widget: r.widget,
              messages: unpackMessages(r.messages),
              partial: r.partial,
              ...(r.unassigned?.length ? { unassigned: r.unassigned } : {}),
            },
          ]
        : [],
    ),
    complete,
  };
}
