// The workspace header: find a case among many, switch to it, rename it, delete it after confirming.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';
import { caseMenu, openPanel } from './support/workspacePanel';

let ps: ProviderSession;

beforeAll(async () => {
  ps = await openProviderSession();
  for (const [title, provider] of [
    ['Broadband cut off', 'FibreNet'],
    ['Refund for cancelled flight', 'SkyAir'],
    ['Cloud PC outage', 'CloudDesk'],
    ['Gym membership', 'FitCo'],
    ['Mobile roaming bill', 'TelcoOne'],
    ['Parcel never arrived', 'ShipFast'],
  ]) {
    await ps.inspector.evaluate(
      ([title, provider]) =>
        chrome.runtime.sendMessage({
          channel: 'proofpack',
          type: 'case/create',
          payload: { title, provider, providerSite: '' },
        }),
      [title, provider],
    );
  }
});

afterAll(async () => {
  await ps?.close();
});

describe('Case list in the workspace header', () => {
  it('finds, switches, renames and deletes a case', async () => {
    const panel = await openPanel(ps.session);
    const select = panel.getByLabel('Open case');
    await expect.poll(() => select.locator('option').count()).toBe(7);
    await panel.getByLabel('Find a case').fill('skyair');
    // The open case stays listed so the select always shows where you are.
    await expect
      .poll(() => select.locator('option').allInnerTexts())
      .toEqual(['Parcel never arrived · ShipFast (0)', 'Refund for cancelled flight · SkyAir (0)']);
    await select.selectOption({ label: 'Refund for cancelled flight · SkyAir (0)' });
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).innerText()).toBe('Refund for cancelled flight');

    await caseMenu(panel, 'Rename');
    await panel.getByLabel('What is the complaint about?').fill('Refund for flight SA 118');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).innerText()).toBe('Refund for flight SA 118');

    await caseMenu(panel, 'Delete case');
    const confirm = panel.getByTestId('confirm-dialog');
    expect(await confirm.innerText()).toContain('Delete “Refund for flight SA 118”?');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    // Closing the dialog gives the focus back to the menu button that opened it.
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Case actions');
    await caseMenu(panel, 'Delete case');
    await confirm.getByRole('button', { name: 'Delete case' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).innerText()).toBe('My complaint');
    const { cases } = await readStore(ps.inspector);
    expect(cases.map((c) => c.title)).not.toContain('Refund for flight SA 118');
    expect(cases).toHaveLength(6);
  });
});
