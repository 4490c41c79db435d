// A promise logged with a deadline a few seconds ahead: when it passes unkept, the service worker's
// alarm fires in real time and a notification offers to draft the follow-up letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/chromium.mjs';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { localDateTime, openPanel, openTab } from './support/workspacePanel';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
});

afterAll(async () => {
  await ps?.close();
});

// Asked from an extension page: the notifications are the extension's, whichever context asks, and
// asking the worker itself would start it (the test is that the alarm does).
const reminderNotifications = () =>
  ps.inspector.evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('reminder|')),
  );

describe('Reminders', () => {
  it('notifies when a promise deadline passes unkept, even after the worker was stopped', async () => {
    const panel = await openPanel(ps.session);
    await openTab(panel, 'Contacts');
    await panel.getByRole('button', { name: 'Add a contact' }).click();
    await panel.getByLabel('When').fill(await localDateTime(panel, -3_600_000));
    await panel.getByLabel('How').selectOption('phone');
    await panel.getByLabel('Ticket number').fill('TK-20261123-0099');
    await panel.getByLabel('What they promised').fill('Refund confirmed by email');
    // Unpacked extensions get alarms at the exact time (packed ones wait at least 30 s).
    await panel.getByLabel('Promised by').fill(await localDateTime(panel, 20_000));
    await panel.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(() => panel.getByTestId('contact-entry').count()).toBe(1);

    const sw = await ps.session.serviceWorker();
    await expect
      .poll(() =>
        sw.evaluate(
          async () =>
            (await chrome.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith('reminder|promise|')).length,
        ),
      )
      .toBe(1);
    expect(await reminderNotifications()).toEqual([]);

    // Chromium stops idle workers; the alarm must still wake a fresh one.
    await stopServiceWorker(ps.session);
    await expect.poll(reminderNotifications, { timeout: 60_000, interval: 1000 }).toHaveLength(1);
    const [id] = await reminderNotifications();
    expect(id).toMatch(/^reminder\|promise\|default\|/);

    // The timeline suggests the follow-up, and drafting it opens the letter with that template.
    await openTab(panel, 'Timeline');
    expect(await panel.getByTestId('next-step').innerText()).toContain('Send a follow-up letter');
    await panel.getByRole('button', { name: 'Draft this letter' }).click();
    await expect.poll(() => panel.getByLabel('Kind of letter').inputValue()).toBe('follow-up');
    await expect.poll(() => panel.getByLabel(/^Letter \(/).inputValue()).toContain('TK-20261123-0099');
    await openTab(panel, 'Contacts');

    // Marking the promise kept means no further reminder for it.
    await panel.getByRole('button', { name: /^Edit contact/ }).click();
    await panel.getByLabel('Promise kept').check();
    await panel.getByRole('button', { name: 'Save contact' }).click();
    await expect
      .poll(() =>
        sw.evaluate(async () => (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('reminder|')).length),
      )
      .toBe(0);
    await expect.poll(() => panel.getByTestId('contact-entry').innerText()).toContain('Kept');
  }, 120_000);

  it('opens on the Letter tab when a reminder asked for the follow-up', async () => {
    // What a click on the reminder leaves behind (the click itself cannot be made headless).
    await ps.inspector.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('proofpack');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({
        key: 'panelIntent',
        value: { caseId: 'default', tab: 'letter', template: 'follow-up' },
      });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    });
    const panel = await openPanel(ps.session);
    await expect.poll(() => panel.getByRole('tab', { name: 'Letter' }).getAttribute('aria-selected')).toBe('true');
    await panel.reload();
    await panel.getByRole('tablist').waitFor();
    // Read once: the next opening starts on Evidence as usual.
    expect(await panel.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-selected')).toBe('true');
  });
});
