import { describe, expect, it } from 'vitest';
import type { ContactLogEntry } from '../../../../src/domain/complaint/contacts';
import { suggestEscalation } from '../../../../src/domain/complaint/escalation';
import type { CaseFacts } from '../../../../src/domain/complaint/facts';
import { REGULATOR_RULES, regulatorFor, regulatorForFacts } from '../../../../src/domain/complaint/regulators';

const at = (iso: string): number => Date.parse(iso);
const phone = (id: string, when: string, extra: Partial<ContactLogEntry> = {}): ContactLogEntry => ({
  id,
  at: when,
  channel: 'phone',
  ...extra,
});

// A cloud PC sold by a licensed operator (天翼云电脑): MIIT takes it.
const cnCloud: CaseFacts = {
  jurisdiction: 'CN',
  sector: 'cloud-pc',
  provider: { licensedOperator: true },
  problemType: 'outage',
  incident: { start: '2026-11-20T09:15', timeZone: 'Asia/Shanghai' },
};

describe('regulatorFor', () => {
  it.each([
    ['CN', 'cloud-pc', 'cn-miit-12300'],
    ['CN', 'telecom', 'cn-miit-12300'],
    ['CN', 'online-shop', 'cn-12315'],
    ['CN', undefined, 'cn-12315'],
    ['GB', 'telecom', 'gb-telecom-adr'],
    ['GB', 'financial', 'gb-fos'],
    ['CN', 'financial', 'cn-nfra-12378'],
    ['GB', 'software-service', 'gb-adr'],
    ['US', 'telecom', 'us-fcc'],
    ['US', 'financial', 'us-cfpb'],
    ['US', 'cloud-pc', 'us-state-ag'],
    ['EU', 'cloud-pc', 'eu-adr'],
  ] as const)('%s %s → %s', (jurisdiction, sector, id) => {
    expect(regulatorFor(jurisdiction, sector).id).toBe(id);
  });
});

describe('suggestEscalation', () => {
  it('starts with a complaint to the provider when nothing is logged', () => {
    expect(suggestEscalation({ facts: cnCloud, contacts: [], now: at('2026-11-21T00:00:00Z') })).toEqual([
      {
        step: 'complain-to-provider',
        template: 'first-complaint',
        earliestDate: '2026-11-21',
        ready: true,
        reason: 'no-contact-yet',
      },
    ]);
  });

  it('opens MIIT 12300 fifteen days after the first complaint to the operator', () => {
    const contacts = [phone('b', '2026-11-25T10:00:00+08:00'), phone('a', '2026-11-20T09:40:00+08:00')];
    const before = suggestEscalation({ facts: cnCloud, contacts, now: at('2026-12-04T00:00:00Z') });
    expect(before[0]?.step).toBe('manager');
    expect(before[1]).toMatchObject({
      step: 'regulator',
      regulator: 'cn-miit-12300',
      earliestDate: '2026-12-05',
      ready: false,
      latestDate: '2028-11-20',
      reason: 'waiting-period',
    });
    const after = suggestEscalation({ facts: cnCloud, contacts, now: at('2026-12-05T01:00:00Z') });
    expect(after[0]).toMatchObject({
      step: 'regulator',
      template: 'regulator',
      ready: true,
      reason: 'waiting-period-over',
    });
  });

  it('counts a regulator contact as not starting the operator clock', () => {
    const contacts: ContactLogEntry[] = [{ id: 'r', at: '2026-11-20T10:00:00+08:00', channel: 'regulator' }];
    expect(suggestEscalation({ facts: cnCloud, contacts, now: at('2026-12-30T00:00:00Z') })[0]?.step).toBe(
      'complain-to-provider',
    );
  });

  it('limits MIIT billing disputes to five months from the incident, then points to 12315', () => {
    const facts: CaseFacts = {
      ...cnCloud,
      problemType: 'billing-error',
      incident: { start: '2026-01-10T09:00', timeZone: 'Asia/Shanghai' },
    };
    const result = suggestEscalation({
      facts,
      contacts: [phone('a', '2026-01-11T09:00:00+08:00')],
      now: at('2026-07-01T00:00:00Z'),
    });
    expect(result[0]).toMatchObject({ step: 'regulator', regulator: 'cn-12315' });
  });

  it('sends other Chinese disputes to 12315 at once', () => {
    const result = suggestEscalation({
      facts: { ...cnCloud, sector: 'online-shop' },
      contacts: [phone('a', '2026-11-20T09:40:00+08:00')],
      now: at('2026-11-21T00:00:00Z'),
    });
    expect(result[0]).toMatchObject({
      step: 'regulator',
      regulator: 'cn-12315',
      earliestDate: '2026-11-20',
      ready: true,
      latestDate: '2029-11-20',
    });
  });

  it('opens UK ADR after eight weeks, or at a deadlock letter', () => {
    const facts: CaseFacts = {
      jurisdiction: 'GB',
      sector: 'telecom',
      incident: { start: '2026-10-24T21:00', timeZone: 'Europe/London' },
    };
    const contacts = [phone('a', '2026-10-25T09:10:00+01:00')];
    expect(suggestEscalation({ facts, contacts, now: at('2026-11-01T12:00:00Z') })[1]).toMatchObject({
      regulator: 'gb-telecom-adr',
      earliestDate: '2026-12-20',
      ready: false,
    });
    expect(
      suggestEscalation({
        facts: { ...facts, deadlockLetterDate: '2026-11-10' },
        contacts,
        now: at('2026-11-11T12:00:00Z'),
      })[0],
    ).toMatchObject({
      step: 'regulator',
      earliestDate: '2026-11-10',
      ready: true,
      reason: 'deadlock-letter',
    });
  });

  it('suggests a follow-up when a promise is overdue', () => {
    const contacts = [
      phone('a', '2026-10-25T09:10:00+01:00', { promise: 'call back', promiseDeadline: '2026-10-26T09:10:00Z' }),
    ];
    const result = suggestEscalation({ facts: { jurisdiction: 'GB' }, contacts, now: at('2026-11-01T12:00:00Z') });
    expect(result[0]).toMatchObject({ step: 'follow-up', template: 'follow-up', reason: 'promise-overdue' });
  });

  it('suggests a follow-up once the reply deadline to the first letter passes', () => {
    const facts: CaseFacts = {
      jurisdiction: 'US',
      firstLetterDate: '2026-11-01',
      incident: { timeZone: 'America/New_York' },
    };
    const result = suggestEscalation({ facts, contacts: [], now: at('2026-11-20T12:00:00Z') });
    expect(result.map((s) => s.step)).toEqual(['regulator', 'follow-up', 'legal-action']);
    expect(result[1]).toMatchObject({ earliestDate: '2026-11-16', reason: 'reply-overdue' });
  });

  it('moves to legal action after a regulator complaint', () => {
    const contacts: ContactLogEntry[] = [
      phone('a', '2026-11-01T10:00:00Z'),
      { id: 'r', at: '2026-11-20T10:00:00Z', channel: 'regulator' },
    ];
    expect(
      suggestEscalation({ facts: { jurisdiction: 'EU' }, contacts, now: at('2026-12-20T00:00:00Z') })[0]?.step,
    ).toBe('legal-action');
  });

  it('reads its time limits from data the caller can replace', () => {
    const rules = REGULATOR_RULES.map((r) => (r.id === 'cn-miit-12300' ? { ...r, waitDays: 10 } : r));
    const result = suggestEscalation({
      facts: cnCloud,
      contacts: [phone('a', '2026-11-20T09:40:00+08:00')],
      now: at('2026-11-21T00:00:00Z'),
      rules,
    });
    expect(result[1]?.earliestDate).toBe('2026-11-30');
  });

  it('sends an unlicensed cloud-PC company to 12315, not MIIT', () => {
    expect(regulatorForFacts({ sector: 'cloud-pc' }, 'CN').id).toBe('cn-12315');
    expect(regulatorForFacts({ sector: 'cloud-pc', provider: { licensedOperator: true } }, 'CN').id).toBe(
      'cn-miit-12300',
    );
  });

  it('after the MIIT time bar points to 12315 (3 years), not straight to court', () => {
    const result = suggestEscalation({
      facts: { ...cnCloud, problemType: 'billing-error' },
      contacts: [phone('a', '2026-11-21T10:00:00+08:00')],
      now: at('2027-06-01T00:00:00Z'),
    });
    expect(result[0]).toMatchObject({ step: 'regulator', regulator: 'cn-12315', ready: true });
  });

  it('gives the UK ombudsman no date before eight weeks unless a deadlock letter came', () => {
    const facts: CaseFacts = { jurisdiction: 'GB', sector: 'telecom', incident: { start: '2026-10-01T09:00' } };
    const contacts = [phone('a', '2026-10-02T09:00:00+01:00')];
    const early = suggestEscalation({ facts, contacts, now: at('2026-10-20T12:00:00Z') });
    expect(early.find((s) => s.step === 'regulator')).toMatchObject({ earliestDate: '2026-11-27', ready: false });
    const deadlock = suggestEscalation({
      facts: { ...facts, deadlockLetterDate: '2026-10-15' },
      contacts,
      now: at('2026-10-20T12:00:00Z'),
    });
    expect(deadlock[0]).toMatchObject({ step: 'regulator', ready: true, latestDate: '2027-10-15' });
  });

  it('chases a broken promise before going to a body that is already open', () => {
    const contacts = [
      phone('a', '2026-11-01T09:00:00-05:00', { promise: 'refund', promiseDeadline: '2026-11-02T09:00:00-05:00' }),
    ];
    const result = suggestEscalation({ facts: { jurisdiction: 'US' }, contacts, now: at('2026-11-03T12:00:00Z') });
    expect(result.map((s) => s.step)).toEqual(['follow-up', 'regulator', 'legal-action']);
  });
});
