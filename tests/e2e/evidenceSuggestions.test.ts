// Suggestions from the evidence, Quote in letter and the case coach in the real side panel: two
// chats captured with the real popup (智齿 and 七鱼 fixture pages: ticket numbers, agents, promises,
// an order number), used and dismissed from Contacts and Facts; a message quoted in the letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings } from './support/axe';
import { clickChatButton, withPopup } from './support/chatPopup';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { readStore } from './support/store';
import { openPanel, openTab } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;
/** The 智齿 chat's evidence id, once captured. */
let sobotId = '';

const coachStep = () => panel.getByTestId('coach').getAttribute('data-step');
const suggestion = (kind: string, value: string) =>
  panel.locator(`[data-testid=suggestion][data-kind=${kind}]`).filter({ hasText: value });

async function setPanelLanguage(uiLanguage: 'en' | 'zh_CN', theme: 'light' | 'dark' = 'light'): Promise<void> {
  await panel.evaluate(
    (change) => chrome.runtime.sendMessage({ channel: 'proofpack', type: 'panel/preferences', payload: change }),
    { uiLanguage, theme },
  );
  await panel.reload();
  await panel.getByTestId('coach').waitFor();
}

async function captureChat(fixture: string): Promise<string> {
  await ps.provider.goto(ps.server.hostUrl('support.clouddesk.test', `chat/${fixture}.html`));
  return withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'));
}

beforeAll(async () => {
  ps = await openProviderSession();
  panel = await openPanel(ps.session);
});

afterAll(async () => {
  await ps?.close();
});

describe('Suggestions from the evidence', () => {
  it('coaches a new case to capture, then offers a captured chat’s ticket, agent and promise', async () => {
    await expect.poll(coachStep).toBe('capture');
    expect(await captureChat('sobot')).toMatch(/^Saved 6 messages/);
    await expect.poll(coachStep).toBe('log-contacts');
    await panel.getByTestId('coach').getByRole('button', { name: 'Log a contact' }).click();
    expect(await panel.getByRole('tab', { name: 'Contacts' }).getAttribute('aria-selected')).toBe('true');

    await suggestion('ticket', 'SB202611230012').waitFor();
    expect(await suggestion('ticket', 'SB202611230012').innerText()).toMatch(
      /Ticket number SB202611230012\s+from E0\d, message 6/,
    );
    expect(await suggestion('agent', '客服阿杰').innerText()).toMatch(/from E0\d, message 4/);
    // The promise is dated from the message's own time (上午 9:19) plus 2 hours.
    expect(await suggestion('promise', '预计 2 小时内恢复').innerText()).toMatch(/by .*11:19/);
    expect(await axeFindings(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Use Ticket number: SB202611230012' }).click();
    await expect.poll(() => panel.getByTestId('contact-entry').count()).toBe(1);
    await panel.getByRole('button', { name: 'Use Agent: 客服阿杰' }).click();
    await panel.getByRole('button', { name: /^Use Promise: / }).click();
    await expect.poll(() => panel.getByTestId('suggestion').count()).toBe(0);
    const entry = await panel.getByTestId('contact-entry').innerText();
    // One contact for the chat, dated at the chat's first shown time (上午 9:14).
    expect(entry).toMatch(/9:14/);
    expect(entry).toContain('客服阿杰');
    expect(entry).toContain('SB202611230012');
    expect(entry).toMatch(/预计 2 小时内恢复。 — .*11:19/);
    await expect.poll(coachStep).toBe('send-letter');
  });

  it('Link a captured chat fills the agent and the chat’s own time', async () => {
    await panel.getByRole('button', { name: 'Add a contact' }).click();
    await panel.getByLabel('Link a captured chat').selectOption({ index: 1 });
    await expect.poll(() => panel.getByLabel('Agent name or ID').inputValue()).toBe('客服阿杰');
    expect(await panel.getByLabel('When').inputValue()).toMatch(/^\d{4}-\d\d-\d\dT09:14$/);
    expect(await panel.getByLabel('Ticket number').inputValue()).toBe('SB202611230012');
    await panel.getByRole('button', { name: 'Cancel' }).click();
  });

  it('fills Facts from a second chat, asks before replacing typed text, remembers a dismissal', async () => {
    expect(await captureChat('qiyu')).toMatch(/^Saved \d+ messages/);
    await openTab(panel, 'Contacts');
    await suggestion('ticket', 'GD20261123-0457').waitFor();
    await panel.getByRole('button', { name: 'Dismiss Ticket number: GD20261123-0457' }).click();
    await expect.poll(() => suggestion('ticket', 'GD20261123-0457').count()).toBe(0);

    await openTab(panel, 'Facts');
    await panel.getByLabel('Order number', { exact: true }).fill('A-1');
    await panel.getByLabel('Order number', { exact: true }).blur();
    await panel.getByRole('button', { name: 'Use Order number: 20261122-7781' }).click();
    const dialog = panel.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toContain('Replace “A-1” with “20261122-7781”?');
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => panel.getByLabel('Order number', { exact: true }).inputValue()).toBe('20261122-7781');
    await expect.poll(() => suggestion('order-number', '20261122-7781').count()).toBe(0);

    // Closed and opened again, the dismissal and the used suggestions stay gone.
    await panel.close();
    panel = await openPanel(ps.session);
    await openTab(panel, 'Contacts');
    await suggestion('agent', '客服小七').waitFor();
    expect(await suggestion('ticket', 'GD20261123-0457').count()).toBe(0);
    expect(await suggestion('ticket', 'SB202611230012').count()).toBe(0);

    // At the narrowest panel the rows wrap: nothing scrolls sideways, every button can be clicked.
    for (const width of [320, 600]) {
      await panel.setViewportSize({ width, height: 700 });
      expect(
        await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      const unreachable = await panel.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid=coach] button, [data-testid=suggestion] button')]
          .filter((b) => {
            b.scrollIntoView({ block: 'center' });
            const r = b.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !hit || !b.contains(hit);
          })
          .map((b) => b.getAttribute('aria-label') ?? b.textContent),
      );
      expect(unreachable).toEqual([]);
    }
    await panel.setViewportSize({ width: 400, height: 800 });
  });
});

describe('Quote in letter', () => {
  it('cites the quoted message as "E0x, message 6" with its shown time and author, once per click', async () => {
    const { items } = await readStore(ps.inspector);
    const sobot = items.find((i) => i.record.kind === 'transcript' && i.record.url.endsWith('sobot.html'));
    sobotId = sobot?.record.id ?? '';
    await openTab(panel, 'Evidence');
    await panel
      .locator(`[data-evidence-id="${sobotId}"]`)
      .getByRole('button', { name: /^Open chat transcript/ })
      .click();
    const viewer = panel.getByTestId('transcript-viewer');
    await viewer.getByRole('button', { name: 'Quote in letter: message 6' }).click();
    await expect.poll(() => viewer.getByRole('button', { name: 'Remove quote: message 6' }).count()).toBe(1);
    expect(await axeFindings(panel)).toEqual([]);
    await panel.keyboard.press('Escape');

    await openTab(panel, 'Letter');
    const letter = panel.getByLabel(/^Letter \(/);
    await expect
      .poll(() => letter.inputValue())
      .toMatch(/客服阿杰 wrote at 上午 9:19: “已为您创建工单.*” \(E0\d, message 6\)/);
    const text = await letter.inputValue();
    const exhibit = /\((E0\d), message 6\)/.exec(text)?.[1] ?? '';
    // The evidence list still lists the exhibit once (the citation is the other mention).
    expect(text.split(exhibit).length - 1).toBe(2);
    expect(await panel.getByTestId('quotation').innerText()).toContain(`${exhibit}, message 6`);

    await panel.getByTestId('quotation').getByRole('button', { name: 'Remove quote: message 6' }).click();
    await expect.poll(() => letter.inputValue()).not.toContain('message 6');
  });
});

describe('Accessibility of suggestions, quotations and the coach', () => {
  it.each([
    ['zh_CN', 'dark'],
    ['zh_CN', 'light'],
    ['en', 'dark'],
    ['en', 'light'],
  ] as const)('axe-core finds nothing serious or moderate in %s, %s', async (uiLanguage, theme) => {
    await setPanelLanguage(uiLanguage, theme);
    const findings: string[] = [];
    await panel.locator('#tab-contacts').click();
    await panel.getByTestId('suggestion').first().waitFor();
    findings.push(...(await axeFindings(panel)).map((f) => `contacts → ${f}`));
    await panel.locator('#tab-evidence').click();
    await panel.locator(`[data-evidence-id="${sobotId}"] .thumb-button`).click();
    await panel.getByTestId('transcript-viewer').locator('.quote-button').first().waitFor();
    findings.push(...(await axeFindings(panel)).map((f) => `viewer → ${f}`));
    await panel.getByTestId('transcript-viewer').locator('.quote-button').first().click();
    await panel.keyboard.press('Escape');
    await panel.locator('#tab-letter').click();
    await panel.getByTestId('quotation').first().waitFor();
    findings.push(...(await axeFindings(panel)).map((f) => `letter → ${f}`));
    await panel.getByTestId('quotation').first().locator('button').click();
    await expect.poll(() => panel.getByTestId('quotation').count()).toBe(0);
    expect(findings).toEqual([]);
  });
});

describe('Case coach', () => {
  it('moves on to escalation once the letter is sent, with the date the body opens', async () => {
    expect(await coachStep()).toBe('send-letter');
    // The promise was kept (else chasing it would come first, depending on the hour the test runs).
    await openTab(panel, 'Contacts');
    await panel.getByTestId('contact-entry').getByRole('button', { name: /^Edit/ }).click();
    await panel.getByLabel('Promise kept').check();
    await panel.getByRole('button', { name: 'Save contact' }).click();
    await openTab(panel, 'Facts');
    await panel.getByLabel('Whose law applies').selectOption('CN');
    await panel.getByLabel('Kind of service').selectOption('telecom');
    await panel.getByLabel('Date of your first written complaint').fill('2026-11-25');
    await panel.getByLabel('Date of your first written complaint').blur();
    await expect.poll(coachStep).toBe('escalate');
    // A UK telecom case: the ombudsman takes it 8 weeks after the first complaint, a date in words.
    expect(await panel.getByTestId('coach').innerText()).toMatch(
      /^Next step\s+Escalate to .+ from [A-Z][a-z]+ \d{1,2}, 20\d\d\./,
    );
    await panel.getByTestId('coach').getByRole('button', { name: 'See the timeline' }).click();
    expect(await panel.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');

    // In Chinese, the date as a Chinese reader writes it.
    await setPanelLanguage('zh_CN');
    await expect.poll(() => panel.getByTestId('coach').innerText()).toMatch(/^下一步\s+2026年12月10日起可向\S+投诉。/);
    await setPanelLanguage('en');
  });
});
