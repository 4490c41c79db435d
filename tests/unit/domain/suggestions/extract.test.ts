// Suggestions from real phrasing: the widget zoo's bilingual conversation and the chat fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type EvidenceSuggestion,
  type SuggestionEvidence,
  suggestionsFromEvidence,
} from '../../../../src/domain/suggestions/extract';

type Message = NonNullable<SuggestionEvidence['messages']>[number];
const CAPTURED = '2026-11-23T09:30:00.000+08:00';

function fixtureChat(name: string): SuggestionEvidence {
  const { messages } = JSON.parse(readFileSync(`tests/fixtures/chat/${name}.expected.json`, 'utf8'));
  return { evidenceId: name, capturedAt: CAPTURED, messages };
}

function zooChat(): SuggestionEvidence {
  const zoo = JSON.parse(readFileSync('tests/widgets/conversation.json', 'utf8')) as {
    agent: { name: string };
    customer: { name: string };
    messages: { from: 'agent' | 'customer'; time: string; text: string }[];
  };
  const messages: Message[] = zoo.messages.map((m) => ({
    role: m.from,
    author: m.from === 'agent' ? zoo.agent.name : zoo.customer.name,
    text: m.text,
    time: m.time,
  }));
  return { evidenceId: 'zoo', capturedAt: '2026-11-05T09:20:00.000+08:00', messages };
}

const brief = (list: EvidenceSuggestion[]) =>
  list.map((s) => [s.kind, s.value, s.source.messageIndex, ...(s.deadline ? [s.deadline] : [])]);

describe('suggestionsFromEvidence', () => {
  it('finds the zoo conversation’s agent, order, ticket and Friday promise, each where it was said', () => {
    expect(brief(suggestionsFromEvidence([zooChat()]))).toEqual([
      ['agent', 'Lina', 0],
      ['order-number', 'CD-2026-118734', 3],
      ['ticket', 'TK-48213', 4],
      // Said on Thursday 5 Nov at 09:11: "before Friday" ends on Friday 6 Nov.
      ['promise', '如周五前未发货，将全额退款 (full refund to the original payment).', 11, '2026-11-06T23:59:00+08:00'],
    ]);
  });

  it.each([
    [
      'sobot',
      [
        ['agent', '客服阿杰', 3],
        ['ticket', 'SB202611230012', 5],
        ['promise', '已为您创建工单，工单号 SB202611230012，预计 2 小时内恢复。', 5, '2026-11-23T11:19:00+08:00'],
      ],
    ],
    [
      'udesk',
      [
        ['agent', '客服小美', 1],
        ['ticket', 'UD-20261123-6620', 3],
        ['promise', '师傅今天 18:00 前会联系您。', 3, '2026-11-23T18:00:00+08:00'],
      ],
    ],
    [
      'meiqia',
      [
        ['agent', '小林', 1],
        ['ticket', 'MQ-20261116-3321', 2],
        ['promise', '查询到您的退款状态为 <b>处理中</b>，预计 3 个工作日内到账。', 3, '2026-11-26T23:59:00+08:00'],
      ],
    ],
    [
      'qiyu',
      [
        ['agent', '客服小七', 1],
        ['order-number', '20261122-7781', 2],
        ['ticket', 'GD20261123-0457', 3],
        [
          'promise',
          '已为您提交工单，工单号：GD20261123-0457，技术人员会在 24 小时内联系您。',
          3,
          '2026-11-24T09:30:00+08:00',
        ],
      ],
    ],
    [
      'generic-legacy-list',
      [
        ['agent', '工号 8023', 0],
        ['ticket', 'KD20261123-7781', 3],
        ['promise', '您好，已为您派单，师傅会在今天18:00前上门。', 3, '2026-11-23T18:00:00+08:00'],
      ],
    ],
    [
      'generic-grouped-cn',
      [
        ['agent', '客服小云', 0],
        ['promise', '已为您提交工单，技术人员将在24小时内处理。', 4, '2026-11-24T09:17:00+08:00'],
      ],
    ],
    [
      'freshchat',
      [
        ['agent', 'Priya', 0],
        ['account-number', '55-0193', 1],
        ['ticket', 'REF-3310', 2],
        ['promise', 'It should arrive in 5–7 days.', 2, '2026-11-30T23:59:00+08:00'],
      ],
    ],
    [
      'drift',
      [
        ['order-number', 'A-20931', 1],
        ['ticket', 'C-5512', 2],
        ['agent', 'Jordan Lee', 2],
      ],
    ],
    [
      'generic-noise',
      [
        ['ticket', '5521', 0],
        ['promise', 'An engineer will reply within 4 hours.', 2, '2026-11-23T12:02:00+08:00'],
      ],
    ],
    [
      'generic-styled',
      [
        ['amount', '$49.99', 3],
        ['agent', 'Daniel', 3],
        ['promise', 'Done — the refund will arrive in 3–5 business days.', 5, '2026-11-27T23:59:00+08:00'],
      ],
    ],
    [
      'generic-text-edge',
      [
        ['agent', 'Leo', 0],
        ['error-code', '0x80070005', 1],
      ],
    ],
    [
      'zendesk-messaging',
      [
        ['agent', 'Mia', 0],
        ['ticket', '88213', 4],
      ],
    ],
  ])('%s', (name, expected) => {
    expect(brief(suggestionsFromEvidence([fixtureChat(name)]))).toEqual(expected);
  });

  it('reads amounts with their currency and the field the words around them suit', () => {
    const found = suggestionsFromEvidence([
      {
        evidenceId: 'sel',
        capturedAt: CAPTURED,
        text: '我们将退款 ¥1,200.50。\nWe offer a credit of €29,99.\n月费 1.280,50 元\nYou were charged $49.99 twice.',
      },
    ]);
    expect(found.map((s) => [s.value, s.amount])).toEqual([
      ['¥1,200.50', { number: 1200.5, currency: 'CNY', field: 'demands.refundAmount' }],
      ['€29,99', { number: 29.99, currency: 'EUR', field: 'demands.compensationAmount' }],
      ['1.280,50 元', { number: 1280.5, currency: 'CNY', field: 'monthlyFee' }],
      ['$49.99', { number: 49.99, currency: 'USD', field: 'impact.moneyLost' }],
    ]);
    expect(found[0]?.source).toEqual({ evidenceId: 'sel', at: CAPTURED });
  });

  it('finds error codes said either way, once', () => {
    const chat = fixtureChat('generic-text-edge');
    const found = suggestionsFromEvidence([
      chat,
      {
        evidenceId: 'sel',
        capturedAt: CAPTURED,
        text: '错误码：10054，页面显示 ERR_CONNECTION_RESET。Error 0x3000046 🙁 code=0x80070005',
      },
    ]);
    expect(found.filter((s) => s.kind === 'error-code').map((s) => [s.value, s.source.evidenceId])).toEqual([
      ['0x80070005', 'generic-text-edge'],
      ['10054', 'sel'],
      ['ERR_CONNECTION_RESET', 'sel'],
      ['0x3000046', 'sel'],
    ]);
  });

  it('never takes a customer’s words as a promise or a bot as an agent', () => {
    const found = suggestionsFromEvidence([
      {
        evidenceId: 'c',
        capturedAt: CAPTURED,
        messages: [
          { role: 'agent', author: 'Support bot', text: 'Your ticket #5521 is open.' },
          { role: 'customer', author: 'Li Wei', text: "I'm Li. If it isn't fixed within 24 hours I will complain." },
          { role: 'agent', author: '智能客服', text: '您好！我是智能客服小智' },
        ],
      },
    ]);
    expect(brief(found)).toEqual([['ticket', '5521', 0]]);
  });

  it('dates a message by the time the chat shows, and a contact by the chat’s first shown time', () => {
    const [promise] = suggestionsFromEvidence([fixtureChat('sobot')]).filter((s) => s.kind === 'promise');
    expect(promise?.source).toEqual({
      evidenceId: 'sobot',
      messageIndex: 5,
      at: '2026-11-23T09:19:00.000+08:00',
      chatAt: '2026-11-23T09:14:00.000+08:00',
    });
  });
});
