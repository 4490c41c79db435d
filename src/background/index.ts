// Service worker entry: registers every listener synchronously at start (MV3 requirement). The
// handlers are built here from their dependencies; set-up runs once, in the dispatcher.
import browser, { type Runtime } from 'webextension-polyfill';
import { openDatabase } from '../storage/db';
import { ProofpackError } from '../messaging/protocol';
import { createDispatcher, senderRule } from '../messaging/server';
import { workerDeps } from './deps';
import { createHandlers } from './handlers';
import { log, logFailure } from './log';
import { registerQuickCapture } from './quickCapture';
import { ensureReady } from './setup';
import { refreshBadge } from './badge';
import { registerRecordingListeners } from './recording';
import { recoverOnce } from './recordingRecovery';
import { registerSelectionMenu } from './selectionMenu';
import { registerReminders, syncReminders } from './reminders';
import { registerWelcome } from './welcome';
import { registerTimestampAlarm, runQueueSoon } from './timestamps';

const deps = workerDeps(openDatabase());
const extensionOrigin = browser.runtime.getURL('');
const dispatch = createDispatcher(createHandlers(deps), senderRule(browser.runtime.id, extensionOrigin), {
  // A recording the browser's end cut short is ended before any page asks what runs.
  prepare: async () => {
    await ensureReady(deps);
    await recoverOnce(deps).catch(logFailure('Recording recovery'));
  },
  // Refusals the user is told about (a browser page, a deleted item) are expected; anything else is a fault.
  onError: (type, error) => log[error instanceof ProofpackError ? 'warn' : 'error'](`Request ${type} failed:`, error),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender));
registerQuickCapture(deps);
registerSelectionMenu(deps);
registerRecordingListeners(deps);
// A worker woken mid-recording must keep the badge's REC when it next shows a count; one left by a
// browser that ended (crash, power cut) is ended as interrupted first, so the badge never says REC for it.
void recoverOnce(deps)
  .catch(logFailure('Recording recovery'))
  .then(() => refreshBadge(deps.db))
  .catch(logFailure('Badge refresh at start', 'warn'));
registerReminders(deps);
registerWelcome();
registerTimestampAlarm(deps.db);
// Hashes that waited while the worker was stopped (or the browser closed) are tried again.
void runQueueSoon(deps.db);

async function start(): Promise<void> {
  await ensureReady(deps);
  await refreshBadge(deps.db);
}
// Alarms survive worker restarts but not every browser restart or update: re-plan at each start.
void syncReminders(deps).catch(logFailure('Reminder sync at start'));
browser.runtime.onInstalled.addListener(() => void start().catch(logFailure('Set-up')));
browser.runtime.onStartup.addListener(() => void start().catch(logFailure('Set-up')));
