import { describe, expect, it } from 'vitest';
import { type CoachInput, caseCoach } from '../../../../src/domain/complaint/coach';
import type { ContactLogEntry } from '../../../../src/domain/complaint/contacts';

const NOW = Date.parse('2026-11-30T10:00:00+08:00');
const chat: ContactLogEntry = { id: 'c1', at: '2026-11-23T09:14', channel: 'chat', ticket: 'SB202611230012' };
const cn = { jurisdiction: 'CN' as const, sector: 'telecom' as const, incident: { timeZone: 'Asia/Shanghai' } };
const input = (change: Partial<CoachInput>): CoachInput => ({
  evidenceCount: 3,
  facts: cn,
  contacts: [chat],
  now: NOW,
  timeZone: 'Asia/Shanghai',
  ...change,
});

describe('caseCoach: one next step, as the case advances', () => {
  it.each([
    ['no evidence yet', input({ evidenceCount: 0, contacts: [] }), { kind: 'capture' }],
    ['evidence, no contact', input({ contacts: [] }), { kind: 'log-contacts' }],
    [
      'a regulator contact is not a contact with the provider',
      input({ contacts: [{ ...chat, channel: 'regulator' }] }),
      {
        kind: 'log-contacts',
      },
    ],
    ['contacts, no letter sent', input({}), { kind: 'send-letter' }],
    [
      'letter sent: MIIT 12300 opens 15 days after the first complaint',
      input({ facts: { ...cn, firstLetterDate: '2026-11-25' } }),
      { kind: 'escalate', regulator: 'cn-miit-12300', date: '2026-12-08', open: false },
    ],
    [
      'the waiting period is over',
      input({ facts: { ...cn, firstLetterDate: '2026-11-25' }, now: Date.parse('2026-12-09T10:00:00+08:00') }),
      { kind: 'escalate', regulator: 'cn-miit-12300', date: '2026-12-08', open: true },
    ],
    [
      'a promise was broken: chase it first',
      input({
        facts: { ...cn, firstLetterDate: '2026-11-25' },
        contacts: [{ ...chat, promise: '2 小时内恢复', promiseDeadline: '2026-11-23T11:19' }],
      }),
      { kind: 'follow-up' },
    ],
    [
      'the regulator has the case: the legal step is next',
      input({
        facts: { ...cn, firstLetterDate: '2026-11-25' },
        contacts: [chat, { ...chat, id: 'r', channel: 'regulator' }],
      }),
      { kind: 'legal-action' },
    ],
    [
      'UK: the ombudsman opens 8 weeks after the first complaint',
      input({
        facts: { jurisdiction: 'GB', sector: 'telecom', firstLetterDate: '2026-11-25' },
        timeZone: 'Europe/London',
      }),
      { kind: 'escalate', regulator: 'gb-telecom-adr', date: '2027-01-18', open: false },
    ],
    [
      'no body to go to (UK, unregulated): the legal step, once the reply deadline of 14 days has passed',
      input({ facts: { jurisdiction: 'GB', sector: 'online-shop', firstLetterDate: '2026-11-25' } }),
      { kind: 'legal-action', replyBy: '2026-12-09' },
    ],
    [
      'no body to go to, the reply deadline passed: chase first',
      input({ facts: { jurisdiction: 'GB', sector: 'online-shop', firstLetterDate: '2026-11-01' } }),
      { kind: 'follow-up' },
    ],
  ])('%s', (_name, given, step) => {
    expect(caseCoach(given)).toEqual(step);
  });
});
