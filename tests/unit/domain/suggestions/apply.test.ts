import { describe, expect, it } from 'vitest';
import type { ContactLogEntry } from '../../../../src/domain/complaint/contacts';
import type { CaseFacts, DecimalSeparator } from '../../../../src/domain/complaint/facts';
import { contactFill, dismissSuggestion, factFill, openSuggestions } from '../../../../src/domain/suggestions/apply';
import type { EvidenceSuggestion } from '../../../../src/domain/suggestions/extract';

const source = {
  evidenceId: 'chat-1',
  messageIndex: 5,
  at: '2026-11-23T09:19:00.000+08:00',
  chatAt: '2026-11-23T09:14:00.000+08:00',
};
const s = (kind: EvidenceSuggestion['kind'], value: string, extra: Partial<EvidenceSuggestion> = {}) =>
  ({ key: `${kind}:${value.toLowerCase()}`, kind, value, source, ...extra }) as EvidenceSuggestion;

const ticket = s('ticket', 'SB202611230012');
const agent = s('agent', '客服阿杰');
const promise = s('promise', '预计 2 小时内恢复。', { deadline: '2026-11-23T11:19:00+08:00' });
const refund = s('amount', '¥1,200.50', { amount: { number: 1200.5, currency: 'CNY', field: 'demands.refundAmount' } });
const code = s('error-code', '0x80070005');
const order = s('order-number', '20261122-7781');

describe('openSuggestions', () => {
  it('drops dismissed suggestions and what the case already holds', () => {
    const contacts: ContactLogEntry[] = [
      { id: 'c', at: '2026-11-23T09:14', channel: 'chat', ticket: 'sb202611230012', agent: '客服阿杰 (8023)' },
    ];
    const facts = {
      incident: { errorCodes: ['0X80070005'] },
      demands: { refundAmount: '1,200.50' },
      dismissedSuggestions: [order.key],
    };
    expect(openSuggestions([ticket, agent, promise, refund, code, order], facts, contacts)).toEqual([promise]);
    expect(openSuggestions([ticket, agent, promise, refund, code, order], {}, [])).toHaveLength(6);
  });

  it('remembers a dismissal once', () => {
    const once = dismissSuggestion({}, ticket.key);
    expect(dismissSuggestion(once, ticket.key)).toEqual({ dismissedSuggestions: [ticket.key] });
  });
});

describe('factFill', () => {
  it.each([
    [refund, {}, 'point', { path: 'demands.refundAmount', value: '1200.50', flag: 'demands.refundOutagePeriod' }],
    [refund, {}, 'comma', { path: 'demands.refundAmount', value: '1200,50', flag: 'demands.refundOutagePeriod' }],
    [
      refund,
      { demands: { refundAmount: '86' } },
      'point',
      { path: 'demands.refundAmount', value: '1200.50', flag: 'demands.refundOutagePeriod', replaces: '86' },
    ],
    [
      code,
      { incident: { errorCodes: ['E-1'] } },
      'point',
      { path: 'incident.errorCodes', value: ['E-1', '0x80070005'] },
    ],
    [order, { orderNumber: '20261122-7781' }, 'point', { path: 'orderNumber', value: '20261122-7781' }],
    [order, { orderNumber: 'A-1' }, 'point', { path: 'orderNumber', value: '20261122-7781', replaces: 'A-1' }],
  ] as [EvidenceSuggestion, CaseFacts, DecimalSeparator, object][])('%#: %j', (suggestion, facts, separator, fill) => {
    expect(factFill(facts, suggestion, separator)).toEqual(fill);
  });
});

describe('contactFill', () => {
  const newId = () => 'new';
  it('starts a chat contact dated at the chat’s first shown time, in the case’s zone', () => {
    expect(contactFill([], promise, 'Asia/Shanghai', newId)).toEqual({
      isNew: true,
      entry: {
        id: 'new',
        at: '2026-11-23T09:14',
        channel: 'chat',
        evidenceIds: ['chat-1'],
        promise: '预计 2 小时内恢复。',
        promiseDeadline: '2026-11-23T11:19',
        promiseKept: false,
      },
    });
    expect(contactFill([], ticket, 'Europe/London', newId).entry.at).toBe('2026-11-23T01:14');
  });

  it('fills the contact that records the chat, and says what it would replace', () => {
    const linked: ContactLogEntry = { id: 'c', at: '2026-11-23T09:14', channel: 'chat', evidenceIds: ['chat-1'] };
    expect(contactFill([linked], ticket, 'Asia/Shanghai', newId)).toEqual({
      isNew: false,
      entry: { ...linked, ticket: 'SB202611230012' },
    });
    expect(contactFill([{ ...linked, agent: 'Wang' }], agent, 'Asia/Shanghai', newId)).toEqual({
      isNew: false,
      entry: { ...linked, agent: '客服阿杰' },
      replaces: 'Wang',
    });
  });
});
