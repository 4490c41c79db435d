// Which reminder alarms the worker keeps, and which passed deadlines it announces (once).
import { describe, expect, it } from 'vitest';
import { dueReminders, planReminders, reminderCaseId } from '../../../src/background/workspaceReminders';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('dueReminders', () => {
  const cases = [
    {
      caseId: 'c1',
      facts: { incident: { timeZone: 'Asia/Shanghai' }, firstLetterDate: '2026-11-02', jurisdiction: 'CN' as const },
      contacts: [
        {
          id: 'p1',
          at: '2026-11-20T10:00',
          channel: 'phone' as const,
          promise: 'call back',
          promiseDeadline: '2026-11-23T21:00',
        },
        {
          id: 'p2',
          at: '2026-11-20T10:00',
          channel: 'chat' as const,
          promiseDeadline: '2026-11-21',
          promiseKept: true,
        },
        { id: 'p3', at: '2026-11-20T10:00', channel: 'chat' as const },
      ],
    },
  ];

  it('has one reminder per unkept promise deadline and the reply deadline, in the case zone', () => {
    const dues = dueReminders(cases, 'UTC');
    expect(dues.map((d) => [d.kind, d.contactId, new Date(d.dueMs).toISOString()])).toEqual([
      ['promise', 'p1', '2026-11-23T13:00:00.000Z'],
      // 10 working days from Mon 2 Nov: Mon 16 Nov, end of that day in Shanghai.
      ['reply', undefined, '2026-11-16T15:59:59.999Z'],
    ]);
    expect(dues[0]?.key).toBe(`reminder|promise|c1|p1|${dues[0]?.dueMs}`);
    expect(dues.map((d) => reminderCaseId(d.key))).toEqual(['c1', 'c1']);
  });

  it('reads wall-clock deadlines in the browser zone when the case has none', () => {
    const [due] = dueReminders(
      [
        {
          caseId: 'c2',
          facts: {},
          contacts: [{ id: 'x', at: '2026-11-23T08:00', channel: 'phone', promiseDeadline: '2026-11-23T12:30:15' }],
        },
      ],
      'Europe/London',
    );
    expect(due?.dueMs).toBe(Date.parse('2026-11-23T12:30:15Z'));
  });
});

describe('planReminders', () => {
  const dues = dueReminders(
    [
      {
        caseId: 'c1',
        facts: {},
        contacts: [
          { id: 'past', at: '2026-11-20T10:00', channel: 'phone', promiseDeadline: '2026-11-22T10:00' },
          { id: 'future', at: '2026-11-20T10:00', channel: 'phone', promiseDeadline: '2026-11-24T10:00' },
        ],
      },
    ],
    'UTC',
  );

  it('schedules future deadlines and announces passed ones not yet announced', () => {
    const plan = planReminders(dues, NOW, []);
    expect(plan.alarms).toEqual([{ name: dues[1]?.key, when: Date.parse('2026-11-24T10:00Z') }]);
    expect(plan.notifyNow.map((d) => d.contactId)).toEqual(['past']);
  });

  it('announces a passed deadline once, and forgets keys of deadlines that are gone', () => {
    const plan = planReminders(dues, NOW, [dues[0]?.key ?? '', 'reminder|promise|c1|deleted|1']);
    expect(plan.notifyNow).toEqual([]);
    expect(plan.notified).toEqual([dues[0]?.key]);
  });

  it('ignores names that are not reminders', () => {
    expect(reminderCaseId('capture-flash')).toBeNull();
  });
});
