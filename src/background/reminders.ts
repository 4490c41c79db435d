// Reminders: an alarm at every unkept promise deadline and reply deadline; when one passes, a
// notification offers to draft the follow-up, and clicking it opens the workspace's Letter tab.
import browser from 'webextension-polyfill';
import { factsWithCaseDefaults, withTemplate } from '../domain/letter';
import type { ProofpackDb } from '../storage/db';
import { allCases, getCase, switchCase } from '../storage/cases';
import { readSetting, writeSetting } from '../storage/settings';
import { getLetter, getWorkspace, listContacts, saveLetter } from '../storage/workspace';
import { broadcast } from './broadcast';
import type { WorkerDeps } from './deps';
import { logFailure } from './log';
import { reminderNotice } from './notices';
import { workerLanguage } from './workerText';
import { dueReminders, planReminders, REMINDER_PREFIX, type ReminderDue, reminderCaseId } from './workspaceReminders';

const PANEL_PATH = 'src/ui/sidepanel/index.html';

async function allReminders({ db, timeZone }: WorkerDeps): Promise<ReminderDue[]> {
  const cases = await allCases(db);
  const inputs = await Promise.all(
    cases.map(async (c) => ({
      caseId: c.id,
      facts: factsWithCaseDefaults(c, (await getWorkspace(db, c.id)).facts),
      contacts: await listContacts(db, c.id),
    })),
  );
  return dueReminders(inputs, timeZone());
}

async function notify(db: ProofpackDb, due: ReminderDue): Promise<void> {
  const c = await getCase(db, due.caseId);
  const contact = due.contactId ? (await listContacts(db, due.caseId)).find((x) => x.id === due.contactId) : undefined;
  const notice = reminderNotice(
    await workerLanguage(db),
    due.kind,
    c?.title ?? '',
    contact?.promise?.trim() || contact?.ticket || '—',
  );
  const options: browser.Notifications.CreateNotificationOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: notice.title,
    message: notice.message,
  };
  // Firefox refuses buttons and requireInteraction outright (a synchronous TypeError, hence the async
  // wrapper); there a click on the notice itself opens the follow-up.
  const create = async (o: object) =>
    browser.notifications.create(due.key, o as browser.Notifications.CreateNotificationOptions);
  await create({ ...options, buttons: [{ title: notice.button }], requireInteraction: true }).catch(() =>
    create(options),
  );
}

/** Re-creates every reminder alarm from what is stored and announces deadlines already passed. */
export async function syncReminders(deps: WorkerDeps): Promise<void> {
  const { db } = deps;
  const plan = planReminders(
    await allReminders(deps),
    deps.now().getTime(),
    await readSetting(db, 'notifiedReminders'),
  );
  const scheduled = new Map(
    (await browser.alarms.getAll())
      .filter((a) => a.name.startsWith(REMINDER_PREFIX))
      .map((a) => [a.name, a.scheduledTime]),
  );
  const wanted = new Map(plan.alarms.map((a) => [a.name, a.when]));
  for (const name of scheduled.keys()) if (!wanted.has(name)) await browser.alarms.clear(name);
  for (const [name, when] of wanted) if (scheduled.get(name) !== when) await browser.alarms.create(name, { when });
  for (const due of plan.notifyNow) await notify(db, due).catch(logFailure('Reminder notification'));
  await writeSetting(db, 'notifiedReminders', [...plan.notified, ...plan.notifyNow.map((d) => d.key)]);
}

/** Opens the case's workspace on the Letter tab with the follow-up template, keeping any edits. */
async function openFollowUp(db: ProofpackDb, caseId: string): Promise<void> {
  if (!(await getCase(db, caseId))) return;
  await switchCase(db, caseId);
  const saved = await getLetter(db, caseId);
  await saveLetter(db, caseId, withTemplate(saved, 'follow-up'));
  const intent = { caseId, tab: 'letter' as const, template: 'follow-up' as const };
  await writeSetting(db, 'panelIntent', intent);
  broadcast('case/changed', { caseId });
  broadcast('panel/intent', intent);
  try {
    const win = await browser.windows.getLastFocused();
    if (win.id === undefined || typeof chrome === 'undefined' || !chrome.sidePanel?.open)
      throw new Error('no side panel');
    await chrome.sidePanel.open({ windowId: win.id });
  } catch {
    // Not a user gesture in every browser: the panel's page in a tab works everywhere.
    await browser.tabs.create({ url: browser.runtime.getURL(PANEL_PATH) });
  }
}

export function registerReminders(deps: WorkerDeps): void {
  const { db } = deps;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(REMINDER_PREFIX)) void syncReminders(deps).catch(logFailure('Reminder sync'));
  });
  const open = (id: string) => {
    const caseId = reminderCaseId(id);
    if (!caseId) return;
    void browser.notifications.clear(id);
    void openFollowUp(db, caseId).catch(logFailure('Opening a follow-up'));
  };
  browser.notifications.onClicked.addListener(open);
  browser.notifications.onButtonClicked.addListener((id) => open(id));
}
