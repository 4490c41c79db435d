/// <reference types="@crxjs/vite-plugin/client" />
// Asks every frame of a tab for its chat. The content script is injected into all frames only
// now, on the user's request; each frame answers through a 'chat/frame-result' message, so a frame
// that never answers (hung, still loading) costs only the time-out and the rest still count.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import chatScript from '../content/chat.ts?script&iife';
import type { FrameChat } from '../capture/chat/frames';
import type { FrameChatResult } from '../messaging/protocol';

export const FRAME_TIMEOUT_MS = 4000;

type Answer = FrameChatResult & { frameId: number; frameUrl: string };
const runs = new Map<string, Answer[]>();

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

/** Handler of 'chat/frame-result': files a frame's answer under its run. */
export function receiveFrameResult(run: string, result: FrameChatResult, sender: Runtime.MessageSender): void {
  runs.get(run)?.push({ ...result, frameId: sender.frameId ?? 0, frameUrl: sender.url ?? '' });
}

/** Injects the content script (idempotent) into the given frames of the tab, or all of them. */
export function injectChatScript(tabId: number, frameIds?: number[]): Promise<unknown> {
  return browser.scripting.executeScript({
    target: frameIds ? { tabId, frameIds } : { tabId, allFrames: true },
    files: [chatScript],
    injectImmediately: true,
  });
}

export interface FrameChats {
  frames: FrameChat[];
  /** False when some frame did not answer in time. */
  complete: boolean;
}

export async function readChatFrames(tabId: number): Promise<FrameChats> {
  const run = crypto.randomUUID();
  const answers: Answer[] = [];
  runs.set(run, answers);
  try {
    const injected = injectChatScript(tabId);
    // Not awaited before asking: one hung frame would hold the injection up for every frame. The
    // file is read from disk before it runs, so the inline question may arrive first: it waits.
    const asked = browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: async (id: string) => {
        for (let waited = 0; waited < 3000; waited += 50) {
          const agent = (globalThis as { __proofpackChat?: { capture(run: string): Promise<void> } }).__proofpackChat;
          if (agent) return agent.capture(id).then(() => true);
          await new Promise((r) => setTimeout(r, 50));
        }
        return false;
      },
      args: [run],
      injectImmediately: true,
    });
    const complete = await within(Promise.all([injected, asked]), FRAME_TIMEOUT_MS);
    return {
      frames: answers.flatMap((a) =>
        a.widget
          ? [
              {
                frameId: a.frameId,
                frameUrl: a.frameUrl,
                widget: a.widget,
                messages: a.messages,
                partial: a.partial,
                ...(a.unassigned?.length ? { unassigned: a.unassigned } : {}),
              },
            ]
          : [],
      ),
      complete,
    };
  } finally {
    runs.delete(run);
  }
}
