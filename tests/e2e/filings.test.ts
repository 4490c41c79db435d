// Filings in the Letter tab: a portal's fields pre-filled from the case, each with a live count
// against an editable soft limit and its own Copy button; 黑猫投诉 blocks carry no personal data; the user's
// edits survive the panel closing, and the drafted text is one click away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { openPanel, openTab } from './support/workspacePanel';

let ps: ProviderSession;
let caseId = '';

beforeAll(async () => {
  ps = await openProviderSession();
  caseId = await ps.inspector.evaluate(async () => {
    const send = async (type: string, payload: unknown) =>
      (await chrome.runtime.sendMessage({ channel: 'proofpack', type, payload })).value;
    const frame = { jurisdiction: 'CN', currency: 'CNY', language: 'zh-CN' };
    const created = await send('case/create', { title: '云电脑断连', provider: '云端电脑', providerSite: '', frame });
    const { facts } = await send('workspace/get', { caseId: created.id });
    await send('workspace/facts', {
      caseId: created.id,
      facts: {
        ...facts,
        service: '云电脑专业版',
        problemType: 'outage',
        accountNumber: 'ACC-7788',
        complainant: { name: '张伟', phone: '13800138000' },
        demands: { refundOutagePeriod: true, refundAmount: '86' },
      },
    });
    return created.id as string;
  });
});

afterAll(async () => {
  await ps?.close();
});

describe('Filings', () => {
  it('copies a 黑猫投诉 field, counts it live and never shows personal data', async () => {
    const panel = await openPanel(ps.session);
    await panel.getByLabel('Open case').selectOption(caseId);
    await openTab(panel, 'Letter');
    expect(await panel.getByLabel('Portal', { exact: true }).inputValue()).toBe('cn-12315');
    await panel.getByLabel('Portal', { exact: true }).selectOption('cn-heimao');
    // The limits are ours, and the panel says so.
    expect(await panel.locator('.filings > .hint').allInnerTexts()).toContain(
      'The character limits are Proofpack’s suggestions, not the portal’s rules: we found no limits these portals ' +
        'publish. Change them to fit the form.',
    );
    const problem = panel.getByLabel('投诉问题', { exact: true });
    const text = await problem.inputValue();
    expect(text).toContain('云电脑专业版');
    for (const secret of ['张伟', '13800138000', 'ACC-7788']) expect(text).not.toContain(secret);
    expect(await panel.getByLabel('涉诉金额', { exact: true }).inputValue()).toBe('人民币 86.00 元');

    const row = panel.locator('[data-field="respondent"]');
    expect(await row.getByTestId('portal-count').innerText()).toBe('4 of 50 characters (suggested limit)');
    await row.getByLabel('Suggested character limit for 投诉对象').fill('3');
    expect(await row.getByTestId('portal-count').innerText()).toBe('4 characters: over the suggested limit of 3');
    await panel.getByLabel('投诉对象', { exact: true }).fill('云端电脑有限公司');
    expect(await row.getByTestId('portal-count').innerText()).toBe('8 characters: over the suggested limit of 3');

    await panel.getByRole('button', { name: 'Copy 投诉对象' }).click();
    await expect.poll(() => row.getByRole('status').innerText()).toBe('Copied: 投诉对象');
    const other = await ps.session.context.newPage();
    await other.setContent('<textarea aria-label="web form"></textarea>');
    await other.getByLabel('web form').focus();
    await other.keyboard.press('ControlOrMeta+V');
    expect(await other.getByLabel('web form').inputValue()).toBe('云端电脑有限公司');
    await other.close();

    // The payment-dispute request names what it still needs; proof-of-sending advice follows the country.
    await panel.getByLabel('Document', { exact: true }).selectOption('cn-alipay');
    const dispute = await panel.getByLabel('Payment dispute: Alipay', { exact: true }).inputValue();
    expect(dispute).toContain('支付宝（交易单号 【待补充：交易单号】）');
    expect(dispute).toContain('人民币 86.00 元');
    await panel.getByLabel('Document', { exact: true }).selectOption('proof-of-sending');
    expect(await panel.locator('.proof-of-sending').innerText()).toMatch(/EMS[\s\S]*挂号信/);
    await panel.close();
  });

  it('keeps an edited field and its limit when the panel closes, and goes back to the drafted text', async () => {
    const editsStored = () =>
      ps.inspector.evaluate(
        async (id) =>
          (await chrome.runtime.sendMessage({ channel: 'proofpack', type: 'filings/edits', payload: { caseId: id } }))
            .value as { portal: string; field: string; text?: string; limit?: number }[],
        caseId,
      );
    const open = async () => {
      const panel = await openPanel(ps.session);
      await panel.getByLabel('Open case').selectOption(caseId);
      await openTab(panel, 'Letter');
      await panel.getByLabel('Portal', { exact: true }).selectOption('cn-12315');
      return panel;
    };
    let panel = await open();
    const story = () => panel.getByLabel('投诉内容', { exact: true });
    const drafted = await story().inputValue();
    expect(drafted).toContain('云电脑专业版');
    await story().fill('我自己改写的投诉内容：云电脑连续三天无法连接。');
    await panel.getByLabel('Suggested character limit for 诉求').fill('99');
    await expect.poll(async () => (await editsStored()).filter((e) => e.portal === 'cn-12315').length).toBe(2);
    await panel.close();

    // The case changes while the panel is closed: the draft moves on, the user's text stays, and the panel says so.
    await ps.inspector.evaluate(async (id) => {
      const send = async (type: string, payload: unknown) =>
        (await chrome.runtime.sendMessage({ channel: 'proofpack', type, payload })).value;
      const { facts } = await send('workspace/get', { caseId: id });
      await send('workspace/facts', { caseId: id, facts: { ...facts, service: '云电脑旗舰版' } });
    }, caseId);
    panel = await open();
    expect(await story().inputValue()).toBe('我自己改写的投诉内容：云电脑连续三天无法连接。');
    expect(await panel.locator('[data-field="story"] .hint').innerText()).toContain(
      'The draft has changed since you edited this field',
    );
    expect(await panel.getByLabel('Suggested character limit for 诉求').inputValue()).toBe('99');
    // Another portal's blocks are its own: 12300's story is still the draft.
    await panel.getByLabel('Portal', { exact: true }).selectOption('cn-12300');
    expect(await panel.getByLabel('申诉内容', { exact: true }).inputValue()).toContain('云电脑旗舰版');
    await panel.getByLabel('Portal', { exact: true }).selectOption('cn-12315');

    await panel.getByRole('button', { name: 'Use the drafted text for 投诉内容' }).click();
    const redrafted = await story().inputValue();
    expect(redrafted).toBe(drafted.replaceAll('云电脑专业版', '云电脑旗舰版'));
    expect(await panel.locator('[data-field="story"] .hint').count()).toBe(0);
    const row = panel.locator('[data-field="story"]');
    expect(await row.getByRole('status').innerText()).toBe('Back to the drafted text: 投诉内容');
    await expect
      .poll(async () => (await editsStored()).find((e) => e.field === 'story' && e.portal === 'cn-12315'))
      .toBe(undefined);
    await panel.close();

    panel = await open();
    expect(await story().inputValue()).toBe(redrafted);
    expect(await panel.getByRole('button', { name: 'Use the drafted text for 投诉内容' }).count()).toBe(0);
    expect(await panel.getByLabel('Suggested character limit for 诉求').inputValue()).toBe('99');
    await panel.close();
  });
});
