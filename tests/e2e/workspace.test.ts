// The case workspace in the real side panel page: a user fills in the facts, logs contacts (one
// from a captured chat), edits the letter, closes the panel and finds everything still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedScreenshots } from '../../scripts/lib/seedEvidence.mjs';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { seedTranscript } from './support/transcript';
import { caseMenu, openPanel, openTab, storedLetterText } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;

beforeAll(async () => {
  ps = await openProviderSession();
  await seedScreenshots(ps.inspector, {
    caseId: 'default',
    count: 3,
    startMs: Date.UTC(2026, 10, 20, 9, 30),
    prefix: 'shot',
  });
  await seedTranscript(ps.inspector, 'default', 'chat-1', {
    url: 'https://support.clouddesk.test/chat',
    title: 'CloudDesk support chat',
    capturedAt: '2026-11-21T10:15:00.000+00:00',
    messages: [
      { role: 'customer', text: 'My cloud PC has not connected since Friday.' },
      { role: 'agent', author: 'Agent Wang', text: 'Sorry about that. I have opened ticket TK-20261123-0042 for you.' },
      { role: 'agent', author: 'Agent Wang', text: 'An engineer will call you within 24 hours.' },
    ],
  });
  panel = await openPanel(ps.session);
});

afterAll(async () => {
  await ps?.close();
});

describe('Case workspace', () => {
  it('points at missing and wrong facts, computes the duration and saves as the user types', async () => {
    await openTab(panel, 'Facts');
    await panel.getByLabel('Provider name').fill('CloudDesk Ltd');
    await panel.getByLabel('Account number').fill('CD-778812');
    await panel.getByLabel('What went wrong').selectOption('outage');
    await panel.getByLabel('Started').fill('2026-11-20T09:00');
    await panel.getByLabel('Ended').fill('2026-11-19T08:00');
    await expect.poll(() => panel.getByText('The end is before the start.').count()).toBe(1);
    await panel.getByLabel('Ended').fill('2026-11-21T12:30');
    await expect.poll(() => panel.getByTestId('incident-duration').innerText()).toBe('Lasted 1 day 3 hours 30 minutes');
    await expect.poll(() => panel.getByText('The end is before the start.').count()).toBe(0);
    await panel.getByLabel('Money lost').fill('about 50');
    await expect.poll(() => panel.getByText('Enter a number, e.g. 86 or 1,280.50.').count()).toBe(1);
    await panel.getByLabel('Money lost').fill('120.50');
    await panel.getByLabel('Refund the fees for the outage period').check();
    await expect.poll(() => panel.getByText('How much should they refund?').count()).toBe(1);
    await panel.getByLabel('Refund amount').fill('86');
    await panel.getByLabel('A written explanation').check();
    await panel.getByLabel('Your name').fill('Li Wei');
    await panel.getByLabel('Your phone').fill('+44 7700 900123');
    await panel.getByLabel('Error codes').fill('0x3000046\nERR_TIMEOUT');
    await panel.getByLabel('Your phone').blur();
  });

  it('logs contacts, one linked to a captured chat with its ticket number', async () => {
    await openTab(panel, 'Contacts');
    await panel.getByRole('button', { name: 'Add a contact' }).click();
    await panel.getByLabel('Link a captured chat').selectOption('chat-1');
    await expect.poll(() => panel.getByLabel('Ticket number').inputValue()).toBe('TK-20261123-0042');
    expect(await panel.getByLabel('How').inputValue()).toBe('chat');
    expect(await panel.getByLabel('Agent name or ID')).toBeTruthy();
    expect(await panel.getByLabel('Agent name or ID').inputValue()).toBe('Agent Wang');
    expect(await panel.getByLabel('When').inputValue()).toMatch(/^2026-11-2\dT\d\d:\d\d$/);
    await panel.getByLabel('What they promised').fill('An engineer will call back');
    await panel.getByLabel('Promised by').fill('2026-11-22T10:15');
    await panel.getByRole('button', { name: 'Save contact' }).click();

    await panel.getByRole('button', { name: 'Add a contact' }).click();
    await panel.getByLabel('When').fill('2026-11-22T16:00');
    await panel.getByLabel('What was said').fill('Called the hotline again. 工单号：2026112300042, escalated.');
    await panel.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(() => panel.getByTestId('contact-entry').count()).toBe(2);
    expect(await panel.getByTestId('contact-entry').last().innerText()).toContain('Ticket 2026112300042');
    // The promise of 22 November passed unkept: flagged.
    expect(await panel.getByTestId('contact-entry').first().innerText()).toContain('Overdue');
  });

  it('shows one timeline with the overdue promise and the next step', async () => {
    await openTab(panel, 'Timeline');
    const events = panel.getByTestId('timeline-event');
    await expect.poll(() => events.count()).toBe(9); // start, 3 shots, chat, 2 contacts, promise, end
    expect(await events.first().innerText()).toContain('Problem started');
    expect(await panel.locator('.timeline .overdue').innerText()).toContain('An engineer will call back');
    expect(await panel.getByTestId('next-step').innerText()).toMatch(/follow-up|regulator|Complain to/i);
  });

  it('drafts the letter from the case, keeps the user edits across closing the panel, offers a re-draft', async () => {
    await openTab(panel, 'Evidence & exhibits'.split(' ')[0] ?? 'Evidence');
    // Leave the second screenshot out and move the chat before the first screenshot.
    await panel.locator('[data-exhibit-id="shot-1"]').getByLabel('In letter').uncheck();
    await expect
      .poll(() => panel.getByTestId('exhibit-number').allInnerTexts())
      .toEqual(['E01', 'Not listed', 'E02', 'E03']);
    await panel.getByRole('button', { name: 'Move E03 up' }).click();
    await panel.getByRole('button', { name: 'Move E02 up' }).focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.getByTestId('exhibit-number').allInnerTexts())
      .toEqual(['E01', 'E02', 'Not listed', 'E03']);

    await openTab(panel, 'Letter');
    const letter = panel.getByLabel(/^Letter \(/);
    await expect.poll(() => letter.inputValue()).toContain('TK-20261123-0042');
    // What an exhibit proves goes into the evidence list; until then the list shows a placeholder for it.
    expect(await panel.getByTestId('letter-placeholders').innerText()).toContain('what this exhibit proves');
    await panel.getByText('What each exhibit proves').click();
    await panel.getByLabel('What E01 proves').fill('the outage as the provider’s page showed it');
    await panel.getByLabel('What E01 proves').blur();
    await expect.poll(() => letter.inputValue()).toContain('Shows: the outage as the provider’s page showed it');
    const draft = await letter.inputValue();
    for (const fact of [
      'CloudDesk Ltd',
      'CD-778812',
      '0x3000046',
      '2026112300042',
      'Li Wei',
      'E01',
      'E03',
      'Agent Wang',
    ])
      expect(draft).toContain(fact);
    expect(draft).not.toMatch(/undefined|NaN|\[object Object\]|\(\s*\)|\{\{/);
    expect(draft).not.toContain('Status page 2'); // the excluded exhibit
    expect(await storedLetterText(panel, 'default')).toBe(draft);

    await letter.fill(`${draft}\n\nP.S. I have kept every receipt.`);
    await letter.blur();
    await expect.poll(() => storedLetterText(panel, 'default')).toContain('P.S. I have kept every receipt.');
    await panel.close();

    panel = await openPanel(ps.session);
    await openTab(panel, 'Facts');
    expect(await panel.getByLabel('Provider name').inputValue()).toBe('CloudDesk Ltd');
    expect(await panel.getByLabel('Refund amount').inputValue()).toBe('86');
    expect(await panel.getByLabel('Error codes').inputValue()).toBe('0x3000046\nERR_TIMEOUT');
    await panel.getByLabel('Hours lost').fill('27');
    await panel.getByLabel('Hours lost').blur();

    await openTab(panel, 'Letter');
    const reopened = panel.getByLabel(/^Letter \(/);
    expect(await reopened.inputValue()).toContain('P.S. I have kept every receipt.');
    await panel.getByTestId('redraft').getByRole('button', { name: 'Re-draft…' }).click();
    expect(await panel.locator('.diff-add').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('about 27 hours')]),
    );
    await panel.getByRole('button', { name: 'Keep my text' }).click();
    await expect.poll(() => panel.getByTestId('redraft').count()).toBe(0);
    expect(await reopened.inputValue()).toContain('P.S. I have kept every receipt.');
    expect(await reopened.inputValue()).not.toContain('about 27 hours');

    await panel.getByRole('button', { name: 'Copy letter' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: /Cop/ }).innerText()).toBe('Copied.');
    // Paste it where a user would: into another page's text box.
    const other = await ps.session.context.newPage();
    await other.setContent('<textarea aria-label="web form"></textarea>');
    await other.getByLabel('web form').focus();
    await other.keyboard.press('ControlOrMeta+V');
    expect(await other.getByLabel('web form').inputValue()).toBe(await reopened.inputValue());
    await other.close();
  });

  it('labels every control of every tab and reaches the tabs and exhibit controls by keyboard', async () => {
    for (const tab of ['Evidence', 'Facts', 'Contacts', 'Timeline', 'Letter']) {
      await openTab(panel, tab);
      if (tab === 'Contacts') await panel.getByRole('button', { name: 'Add a contact' }).click();
      const unlabeled = await panel.evaluate(() =>
        [...document.querySelectorAll('button, select, input, textarea, summary')]
          .filter((el) => {
            const named =
              (el as HTMLElement).innerText?.trim() ||
              el.getAttribute('aria-label') ||
              (el.id && document.querySelector(`label[for="${el.id}"]`));
            return !named;
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unlabeled, tab).toEqual([]);
      if (tab === 'Contacts') await panel.getByRole('button', { name: 'Cancel' }).click();
    }
    // Arrow keys move between tabs; Tab moves from the tab into the panel's controls.
    await panel.getByRole('tab', { name: 'Letter' }).focus();
    await panel.keyboard.press('ArrowRight');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Evidence');
    expect(await panel.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-selected')).toBe('true');
    const focused = () =>
      panel.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('data-exhibit-id') || el?.getAttribute('aria-label') || el?.id || '';
      });
    // The evidence list is one Tab stop: its first row; arrows reach the rows and each row's controls.
    const reached: string[] = [];
    for (let i = 0; i < 4 && !reached.includes('shot-0'); i++) {
      await panel.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toContain('shot-0');
    await panel.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Select E01 · Status page 1');
    await panel.keyboard.press('ArrowRight');
    expect(await focused()).toBe('exhibit-include-shot-0');
    await panel.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Move E01 down');
    await panel.keyboard.press('ArrowDown');
    const second = await panel.locator('[data-exhibit-id]').nth(1).getAttribute('data-exhibit-id');
    expect(await focused()).toBe(second);
    await panel.keyboard.press('Tab');
    expect(await focused()).not.toMatch(/^shot-|^exhibit-|^caption-|Move E/);
  });

  it('switches the panel to Chinese and drafts a Chinese letter for a new case', async () => {
    await caseMenu(panel, 'Settings');
    await panel.getByLabel('Language', { exact: true }).selectOption('zh_CN');
    await panel.getByRole('tab', { name: '投诉详情' }).waitFor();
    expect(await panel.getByRole('tablist').innerText()).toMatch(/证据\s*投诉详情\s*沟通记录\s*时间线\s*投诉信/);
    await caseMenu(panel, '新建投诉');
    await panel.getByLabel('投诉事项', { exact: true }).fill('天翼云电脑连续断连');
    await panel.getByLabel('服务商', { exact: true }).fill('天翼云');
    await panel.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).innerText()).toBe('天翼云电脑连续断连');

    await openTab(panel, '投诉详情');
    await panel.getByLabel('信件语言').selectOption('zh-CN');
    await panel.getByLabel('问题类型').selectOption('outage');
    await panel.getByLabel('开始时间').fill('2026-11-20T09:00');
    await panel.getByLabel('仍未解决').check();
    await panel.getByLabel('姓名').fill('李伟');
    await panel.getByLabel('账号').fill('13800000000');
    await panel.getByLabel('账号').blur();
    await openTab(panel, '投诉信');
    const letter = panel.getByLabel(/^信件内容/);
    await expect.poll(() => letter.inputValue()).toContain('尊敬的天翼云');
    const text = await letter.inputValue();
    for (const part of ['正式投诉', '13800000000', '李伟', '此致']) expect(text).toContain(part);
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]|（\s*）|\(\s*\)/);

    // Before sending, the panel says what the letter still needs; answering it in Facts clears it.
    await expect.poll(() => panel.getByTestId('letter-warnings').innerText()).toContain('生活消费');
    await openTab(panel, '投诉详情');
    await panel.getByLabel('购买用途').selectOption('personal');
    await openTab(panel, '投诉信');
    await expect.poll(() => letter.inputValue()).toContain('本人系为生活消费需要接受贵公司的服务');
    await expect.poll(() => panel.getByTestId('letter-warnings').count()).toBe(0);

    // The choice is kept: a newly opened panel is in Chinese too.
    const again = await openPanel(ps.session);
    await again.getByRole('tab', { name: '投诉信' }).waitFor();
    await again.close();
  });
});
