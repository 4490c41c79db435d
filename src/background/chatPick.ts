/// <reference types="@crxjs/vite-plugin/client" />
// *Pick the chat area*: the popup closes as soon as the user clicks the page, so the worker runs the
// pick. It injects the picker into every frame of the tab; the frame where the user chooses (or
// cancels) tells the worker, every other frame is told to stop, and the chosen region is read by that
// frame's chat agent and stored like *Capture chat*. The result goes to open pages and a notification.
import browser, { type Runtime } from 'webextension-polyfill';
import pickerScript from '../content/picker.ts?script&iife';
import { type MessageKey, textIn } from '../domain/catalogue';
import { PICKER_KEY, type PickerEndpoint, type PickerStart } from '../messaging/chatAgent';
import { pickedText } from '../messaging/pickOutcome';
import type { PickOutcome } from '../messaging/protocol';
import { errorCodeOf } from '../messaging/server';
import { broadcast } from './broadcast';
import { activeTabOf, ensureCapturable } from './captureFlow';
import { saveChat } from './chatCapture';
import { FRAME_TIMEOUT_MS, readChatFrames, within } from './chatFrames';
import type { WorkerDeps } from './deps';
import { log, logFailure } from './log';
import { workerLanguage } from './workerText';

/** The pick waiting for the user, kept in session storage: the worker may be stopped while they choose. */
const PENDING = 'chatPick';
interface PendingPick {
  pick: string;
  tabId: number;
}
/** Picks already answered by a frame in this worker's life (two frames answering at once: one wins). */
const answered = new Set<string>();

/** Runs in each frame (serialised by chrome.scripting): waits for the picker file, then starts or stops it. */
async function tellPicker(key: string, method: 'start' | 'stop', options: PickerStart): Promise<void> {
  for (let waited = 0; waited < 3000; waited += 50) {
    const picker = (globalThis as unknown as Record<string, PickerEndpoint | undefined>)[key];
    if (picker) return method === 'start' ? picker.start(options) : picker.stop(options.pick);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function inEveryFrame(tabId: number, method: 'start' | 'stop', options: PickerStart): Promise<boolean> {
  const target = { tabId, allFrames: true };
  // Not awaited in turn: one hung frame would hold the others up (as in chatFrames.ts).
  const injected =
    method === 'start'
      ? browser.scripting.executeScript({ target, files: [pickerScript], injectImmediately: true })
      : Promise.resolve();
  const told = browser.scripting.executeScript({
    target,
    func: tellPicker,
    args: [PICKER_KEY, method, options],
    injectImmediately: true,
  });
  return within(Promise.all([injected, told]), FRAME_TIMEOUT_MS);
}

export async function startChatPick(deps: WorkerDeps, windowId?: number): Promise<{ pick: string }> {
  const tab = await ensureCapturable(await activeTabOf(windowId));
  const pick = crypto.randomUUID();
  const hint = textIn(await workerLanguage(deps.db), 'chatPickHint');
  const pending: PendingPick = { pick, tabId: tab.id };
  await browser.storage.session.set({ [PENDING]: pending });
  await inEveryFrame(tab.id, 'start', { pick, hint });
  return { pick };
}

/** The picker of one frame says the user chose a region there (or cancelled): read and store it. */
export async function receivePicked(
  deps: WorkerDeps,
  { pick, chosen }: { pick: string; chosen: boolean },
  sender: Runtime.MessageSender,
): Promise<null> {
  // Only the pick the user started, from its tab, and only once: the first frame to answer wins.
  if (answered.has(pick)) return null;
  answered.add(pick);
  const pending = (await browser.storage.session.get(PENDING))[PENDING] as PendingPick | undefined;
  const tabId = sender.tab?.id;
  if (!pending || pending.pick !== pick || pending.tabId !== tabId) return null;
  await browser.storage.session.remove(PENDING);
  void inEveryFrame(tabId, 'stop', { pick, hint: '' }).catch(logFailure('Stopping the picker', 'warn'));
  const result: PickOutcome = chosen
    ? await savePicked(deps, tabId, sender.frameId ?? 0, pick)
    : { pick, kind: 'cancelled' };
  broadcast('chat/pick-result', result);
  await notifyPicked(deps, result);
  return null;
}

async function savePicked(deps: WorkerDeps, tabId: number, frameId: number, pick: string): Promise<PickOutcome> {
  try {
    const tab = await ensureCapturable(await browser.tabs.get(tabId));
    const outcome = await saveChat(deps, tab, () => readChatFrames(tabId, { frameId, region: { pick } }));
    return outcome.found ? { pick, kind: 'saved', outcome } : { pick, kind: 'empty' };
  } catch (error) {
    log.error('Reading the picked chat area failed:', error);
    return { pick, kind: 'failed', error: errorCodeOf(error) };
  }
}

const NOTIFICATION_TITLES = {
  saved: 'chatPickSavedTitle',
  empty: 'chatPickEmptyTitle',
  failed: 'captureFailedTitle',
} as const satisfies Record<Exclude<PickOutcome['kind'], 'cancelled'>, MessageKey>;

/** The popup may be closed by now: the result is also said in a notification, in the user's language. */
async function notifyPicked(deps: WorkerDeps, result: PickOutcome): Promise<void> {
  if (result.kind === 'cancelled') return;
  const language = await workerLanguage(deps.db);
  await browser.notifications
    .create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: textIn(language, NOTIFICATION_TITLES[result.kind]),
      message: pickedText(language, result),
    })
    .catch(logFailure('pick notification', 'warn'));
}
