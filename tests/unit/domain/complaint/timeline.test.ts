import { describe, expect, it } from 'vitest';
import type { ContactLogEntry } from '../../../../src/domain/complaint/contacts';
import {
  type ExhibitSource,
  moveExhibit,
  numberExhibits,
  setExhibitIncluded,
} from '../../../../src/domain/complaint/exhibits';
import type { CaseFacts } from '../../../../src/domain/complaint/facts';
import {
  buildTimeline,
  nextDeadline,
  overduePromises,
  parseDeadline,
  replyDeadlineMs,
} from '../../../../src/domain/complaint/timeline';

const facts: CaseFacts = {
  incident: { start: '2026-11-20T09:15', end: '2026-11-23T13:35', timeZone: 'Asia/Shanghai' },
  firstLetterDate: '2026-11-24',
  jurisdiction: 'CN',
};
const evidence: ExhibitSource[] = [
  { id: 'e2', kind: 'transcript', capturedAtMs: Date.parse('2026-11-21T02:06:00Z'), caption: '', title: 'Chat' },
  { id: 'e1', kind: 'screenshot', capturedAtMs: Date.parse('2026-11-20T01:20:00Z'), caption: '连接失败' },
  { id: 'e3', kind: 'screenshot', capturedAtMs: Date.parse('2026-11-23T05:00:00Z'), caption: 'Restored' },
];
const contacts: ContactLogEntry[] = [
  { id: 'c2', at: '2026-11-21T10:05', channel: 'chat', promise: '48小时内修复', promiseDeadline: '2026-11-23T10:05' },
  {
    id: 'c1',
    at: '2026-11-20T09:40:00+08:00',
    channel: 'phone',
    promise: '回电',
    promiseDeadline: '2026-11-20',
    promiseKept: true,
  },
  { id: 'c3', at: '2026-11-25T09:00', channel: 'email', promise: 'reply', promiseDeadline: '2026-12-30' },
];
const now = Date.parse('2026-12-01T00:00:00Z');

describe('buildTimeline', () => {
  const events = buildTimeline({ facts, evidence, contacts, now });

  it('merges incident, evidence, contacts and deadlines in time order', () => {
    expect(events.map((e) => e.key)).toEqual([
      'incident:start',
      'evidence:e1',
      'contact:c1',
      'promise:c1',
      'contact:c2',
      'evidence:e2',
      'promise:c2',
      'evidence:e3',
      'incident:end',
      'contact:c3',
      'reply:first-letter',
      'promise:c3',
    ]);
    const times = events.map((e) => e.atMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('flags promises past their deadline unless kept, and the reply deadline once passed', () => {
    const overdue = Object.fromEntries(events.map((e) => [e.key, e.overdue]));
    expect(overdue['promise:c1']).toBe(false);
    expect(overdue['promise:c2']).toBe(true);
    expect(overdue['promise:c3']).toBe(false);
    expect(overdue['reply:first-letter']).toBe(false);
    expect(
      buildTimeline({ facts, evidence, contacts, now: Date.parse('2026-12-09T00:00:00Z') }).find(
        (e) => e.kind === 'reply-deadline',
      )?.overdue,
    ).toBe(true);
  });

  it('reads a bare-date deadline as the end of that day in the case zone', () => {
    expect(new Date(parseDeadline('2026-11-20', 'Asia/Shanghai') ?? 0).toISOString()).toBe('2026-11-20T15:59:59.999Z');
    expect(new Date(parseDeadline('2026-03-08', 'America/New_York') ?? 0).toISOString()).toBe(
      '2026-03-09T03:59:59.999Z',
    );
  });

  it('counts the Chinese reply deadline in working days, others in calendar days', () => {
    expect(new Date(replyDeadlineMs(facts, 'Asia/Shanghai') ?? 0).toISOString()).toBe('2026-12-08T15:59:59.999Z');
    expect(new Date(replyDeadlineMs({ ...facts, jurisdiction: 'GB' }, 'Europe/London') ?? 0).toISOString()).toBe(
      '2026-12-08T23:59:59.999Z',
    );
  });

  it('lists overdue promises and the next deadline for reminders', () => {
    expect(overduePromises(contacts, now, 'Asia/Shanghai').map((c) => c.id)).toEqual(['c2']);
    expect(nextDeadline(events, now)?.key).toBe('reply:first-letter');
  });

  it('drops what it cannot place and an end before the start', () => {
    const bad = buildTimeline({
      facts: { incident: { start: '2026-11-23T10:00', end: '2026-11-20T10:00' } },
      evidence: [{ id: 'x', kind: 'screenshot', capturedAtMs: Number.NaN }],
      contacts: [{ id: 'y', at: 'soon', channel: 'phone' }],
      now,
    });
    expect(bad.map((e) => e.key)).toEqual(['incident:start']);
  });
});

describe('exhibits', () => {
  it('numbers evidence E01, E02 … in time order with captions', () => {
    expect(numberExhibits(evidence).map((x) => [x.number, x.evidenceId, x.caption])).toEqual([
      ['E01', 'e1', '连接失败'],
      ['E02', 'e2', 'Chat'],
      ['E03', 'e3', 'Restored'],
    ]);
  });

  it('follows the user’s exclusions and order, captioning each item with its own caption', () => {
    let settings = setExhibitIncluded({}, 'e2', false);
    settings = moveExhibit(evidence, settings, 'e3', 0);
    expect(numberExhibits(evidence, settings).map((x) => [x.number, x.evidenceId, x.caption])).toEqual([
      ['E01', 'e3', 'Restored'],
      ['E02', 'e1', '连接失败'],
    ]);
    expect(numberExhibits(evidence, setExhibitIncluded(settings, 'e2', true)).map((x) => x.evidenceId)).toEqual([
      'e3',
      'e1',
      'e2',
    ]);
  });

  it('appends items captured after a reorder and ignores unknown ids', () => {
    const later = [...evidence, { id: 'e4', kind: 'screenshot', capturedAtMs: Date.parse('2026-11-19T00:00:00Z') }];
    expect(numberExhibits(later, { order: ['e3', 'gone', 'e1', 'e2'] }).map((x) => x.evidenceId)).toEqual([
      'e3',
      'e1',
      'e2',
      'e4',
    ]);
  });

  it('uses three digits from the hundredth exhibit', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `m${i}`, kind: 'screenshot', capturedAtMs: i }));
    expect(numberExhibits(many).at(-1)?.number).toBe('E100');
  });
});
