import { describe, expect, it } from 'vitest';
import type { LetterQuotation } from '../../../../src/domain/complaint/facts';
import { caseLetter, LETTER_TEMPLATES, removeQuotation, toggleQuotation } from '../../../../src/domain/letter';
import type { CaseLanguage } from '../../../../src/domain/case';

const evidence = [
  { id: 'shot', kind: 'screenshot', capturedAtMs: Date.UTC(2026, 10, 23, 1, 0), title: 'Outage page' },
  { id: 'chat', kind: 'transcript', capturedAtMs: Date.UTC(2026, 10, 23, 1, 30), title: 'Support chat' },
];
const promise: LetterQuotation = {
  id: 'q1',
  evidenceId: 'chat',
  messageIndex: 9,
  role: 'agent',
  author: '客服阿杰',
  time: '上午 9:19',
  text: '已为您创建工单，工单号 SB202611230012，\n预计 2 小时内恢复。',
};
const mine: LetterQuotation = {
  id: 'q2',
  evidenceId: 'chat',
  messageIndex: 4,
  role: 'customer',
  text: '<b>已到期</b>',
};

function letter(language: CaseLanguage, quotations: LetterQuotation[], order?: string[], excluded?: string[]) {
  return caseLetter({
    caseRecord: { provider: 'Nova Cloud', providerSite: '', language },
    facts: { quotations, provider: { name: 'Nova Cloud' } },
    exhibitSettings: { ...(order ? { order } : {}), ...(excluded ? { excluded } : {}) },
    contacts: [],
    evidence,
    now: Date.UTC(2026, 10, 24),
    timeZone: 'Asia/Shanghai',
  });
}

describe('quoted chat messages in the letter', () => {
  it('cites 「证据E02第10条消息」 with the displayed time and author in a Chinese letter', () => {
    const text = letter('zh-CN', [promise, mine]).text;
    expect(text).toContain('所附聊天记录载明：\n1. 本人表示：“<b>已到期</b>”（证据E02第5条消息）\n');
    expect(text).toContain(
      '2. 客服阿杰于上午 9:19称：“已为您创建工单，工单号 SB202611230012，预计 2 小时内恢复。”（证据E02第10条消息）',
    );
  });

  it('cites "E02, message 10" in an English letter', () => {
    const text = letter('en-GB', [promise]).text;
    expect(text).toContain(
      'The chat records attached show:\n1. 客服阿杰 wrote at 上午 9:19: “已为您创建工单，工单号 SB202611230012，' +
        '预计 2 小时内恢复。” (E02, message 10)',
    );
    const unnamed = letter('en-US', [{ ...promise, author: '客服', time: undefined }]).text;
    expect(unnamed).toContain('1. Your agent wrote: “');
  });

  it('follows the exhibits when they are renumbered, and leaves out a quote whose item is left out', () => {
    expect(letter('en-GB', [promise], ['chat', 'shot']).text).toContain('(E01, message 10)');
    const without = letter('en-GB', [promise], undefined, ['chat']).text;
    expect(without).not.toContain('message 10');
    expect(without).not.toContain('The chat records attached show');
  });

  it.each(LETTER_TEMPLATES)('%s lists the quoted exhibit once among the attachments', (template) => {
    const drafted = caseLetter({
      caseRecord: { provider: 'Nova Cloud', providerSite: '', language: 'en-GB' },
      facts: { quotations: [promise, mine] },
      exhibitSettings: {},
      contacts: [],
      evidence,
      saved: { template },
      now: Date.UTC(2026, 10, 24),
      timeZone: 'Asia/Shanghai',
    }).draft;
    const attachments = drafted.sections.find((s) => s.part === 'attachments')?.paragraphs.join('\n') ?? '';
    expect(attachments.match(/E02/g)).toHaveLength(1);
    expect(drafted.sections.filter((s) => s.part === 'quotations')).toHaveLength(1);
  });
});

describe('toggleQuotation / removeQuotation', () => {
  const message = { role: 'agent', author: ` ${promise.author} `, time: promise.time, text: '预计 2 小时内恢复。' };
  it('quotes a message once, keeping its words, shown time and author, and unquotes it on a second press', () => {
    const quoted = toggleQuotation({}, 'chat', 9, message, () => promise.id);
    expect(quoted.quotations).toEqual([{ ...promise, text: message.text }]);
    expect(toggleQuotation(quoted, 'chat', 9, message, () => 'q2').quotations).toEqual([]);
    expect(removeQuotation(quoted, promise.id).quotations).toEqual([]);
  });
});
