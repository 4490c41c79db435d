import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../../src/domain/complaint/facts';
import { charCount, PORTALS, type Portal, portalFields } from '../../../../src/domain/filings/portal';
import { letterProblems } from '../letter/assertCleanLetter';
import { enContacts, enFacts, NOW, zhContacts, zhFacts } from '../letter/fixtures';

const sparse: CaseFacts = { provider: { name: 'CloudDesk' } };
const cases = [
  ['zh', zhFacts, zhContacts],
  ['en', enFacts, enContacts],
  ['sparse', sparse, []],
] as const;

const table = PORTALS.flatMap((portal) =>
  cases.map(([name, facts, contacts]) => [portal, name, facts, contacts] as const),
);

describe.each(table)('%s with the %s case', (portal: Portal, name, facts, contacts) => {
  const { fields, placeholders } = portalFields(portal, { facts, contacts, now: NOW, timeZone: 'UTC' });
  const all = fields.map((f) => f.value).join('\n');

  it('fills every field, cleanly, with a placeholder wherever a fact is missing', () => {
    for (const f of fields) {
      expect(f.value.trim(), f.label).not.toBe('');
      expect(letterProblems(f.value), f.label).toEqual([]);
    }
    for (const p of placeholders) expect(all).toContain(p);
  });

  it('invents nothing: no contact without a logged one, no "repeatedly"', () => {
    expect(all).not.toMatch(/repeatedly|多次|undefined|NaN/);
    if (name === 'sparse') expect(all).not.toMatch(/工单号为|ticket number|CS-|TK-/);
  });

  it('writes about the company, never to it', () => {
    expect(all).not.toMatch(/贵公司|\byour (customer|service|line)/);
  });

  it('counts characters as the portal does (code points)', () => {
    for (const f of fields) expect(charCount(f.value)).toBe([...f.value].length);
    expect(charCount('投诉😀a')).toBe(4);
  });
});

describe('黑猫投诉 is a public post', () => {
  it.each(cases)('%s case: no name, phone, email, address, account, order or ticket number', (_n, facts, contacts) => {
    const withOrder = {
      ...facts,
      orderNumber: 'ORD-5566',
      complainant: { ...facts.complainant, address: '北京市某路1号' },
    };
    const { fields } = portalFields('cn-heimao', { facts: withOrder, contacts, now: NOW, timeZone: 'UTC' });
    const text = fields.map((f) => f.value).join('\n');
    const c = withOrder.complainant ?? {};
    const secrets = [c.name, c.phone, c.email, c.address, withOrder.accountNumber, 'ORD-5566'];
    for (const s of [...secrets, ...contacts.map((x) => x.ticket), ...contacts.map((x) => x.agent)])
      if (s) expect(text).not.toContain(s);
    expect(fields.every((f) => f.isPublic)).toBe(true);
    expect(fields.map((f) => f.label)).toEqual(['标题', '投诉对象', '投诉问题', '投诉要求', '涉诉金额']);
  });

  it('states the amount in dispute from the demands: ¥86 + ¥1,280', () => {
    const { fields } = portalFields('cn-heimao', { facts: zhFacts, contacts: zhContacts, now: NOW, timeZone: 'UTC' });
    expect(fields.find((f) => f.key === 'amount')?.value).toBe('人民币 1,366.00 元');
  });
});

describe('12315 and 12300 carry the fields the filing needs', () => {
  it('asks for the registered name and address when missing; order number from the case', () => {
    const { fields } = portalFields('cn-12315', { facts: zhFacts, contacts: zhContacts, now: NOW, timeZone: 'UTC' });
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f.value]));
    expect(byKey.respondent).toBe('中国电信，【待补充：被投诉方的住所地址】');
    expect(byKey.order).toBe('18912345678');
    expect(byKey.story).toContain('TK-20261121-0042');
    expect(byKey.demands).toContain('人民币 86.00 元');
  });

  it('asks for the company’s address when the province is not known', () => {
    const { fields, placeholders } = portalFields('cn-12300', {
      facts: zhFacts,
      contacts: zhContacts,
      now: NOW,
      timeZone: 'UTC',
    });
    expect(fields[0]?.value).toBe('【待补充：被投诉方的住所地址】');
    expect(placeholders).toContain('【待补充：被投诉方的住所地址】');
  });

  it('lists the time and ticket of each complaint to the company for 12300', () => {
    const facts = {
      ...zhFacts,
      provider: { ...zhFacts.provider, legalName: '中国电信股份有限公司', address: '北京市西城区' },
    };
    const { fields } = portalFields('cn-12300', { facts, contacts: zhContacts, now: NOW, timeZone: 'UTC' });
    const prior = fields.find((f) => f.key === 'prior')?.value ?? '';
    // The province comes first: the appeal goes to that province's centre (第九条).
    expect(fields.map((f) => f.key).slice(0, 2)).toEqual(['region', 'respondent']);
    expect(fields[0]?.value).toBe('北京市');
    expect(fields[1]?.value).toBe('中国电信股份有限公司，北京市西城区');
    expect(prior).toContain('2026112000031');
    expect(prior).toContain('TK-20261121-0042');
    expect(prior.indexOf('2026112000031')).toBeLessThan(prior.indexOf('TK-20261121-0042'));
  });
});
