// Service worker entry: registers every listener synchronously at start (MV3 requirement).
import browser, { type Runtime } from 'webextension-polyfill';
import { openDatabase } from '../storage/db';
import { createDispatcher, senderRule } from '../messaging/server';
import { createHandlers } from './handlers';
import { registerQuickCapture } from './quickCapture';
import { ensureReady } from './setup';
import { refreshBadge } from './badge';
import { registerRecordingListeners } from './recording';
import { registerSelectionMenu } from './selectionMenu';
import { registerReminders, syncReminders } from './reminders';
import { registerTimestampAlarm, runQueueSoon } from './timestamps';

const db = openDatabase();
const extensionOrigin = browser.runtime.getURL('');
const dispatch = createDispatcher(createHandlers(db), senderRule(browser.runtime.id, extensionOrigin));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender));
registerQuickCapture(db);
registerSelectionMenu(db);
registerRecordingListeners(db);
// A worker woken mid-recording must keep the badge's REC when it next shows a count.
void refreshBadge(db).catch(() => undefined);
registerReminders(db);
registerTimestampAlarm(db);
// Hashes that waited while the worker was stopped (or the browser closed) are tried again.
void runQueueSoon(db);

async function start(): Promise<void> {
  await ensureReady(db);
  await refreshBadge(db);
}
// Alarms survive worker restarts but not every browser restart or update: re-plan at each start.
void syncReminders(db).catch(() => undefined);
browser.runtime.onInstalled.addListener(() => void start());
browser.runtime.onStartup.addListener(() => void start());
