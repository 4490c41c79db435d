import { describe, expect, it } from 'vitest';
import type { CaseLanguage } from '../../../../src/domain/case';
import type { ContactLogEntry } from '../../../../src/domain/complaint/contacts';
import type { CaseFacts, Jurisdiction } from '../../../../src/domain/complaint/facts';
import { draftLetter } from '../../../../src/domain/letter';
import { formatDateKey } from '../../../../src/domain/letter/format';
import { LETTER_TEMPLATES } from '../../../../src/domain/letter/types';
import { enContacts, enFacts, exhibits, NOW, zhContacts, zhFacts } from './fixtures';
import { assertLetterClasses } from './letterClasses';

const LANGUAGES: CaseLanguage[] = ['zh-CN', 'en-GB', 'en-US', 'en-EU'];
const JURISDICTIONS: Jurisdiction[] = ['CN', 'GB', 'US', 'EU'];
const VARIANTS = [
  'full',
  'no-contacts',
  'regulator-contact',
  'comma-decimals',
  'domain-provider',
  'latin-agent',
  'recent-complaint',
  'business-user',
  'pro-rata',
] as const;
type Variant = (typeof VARIANTS)[number];

const regulatorContact: ContactLogEntry = {
  id: 'g1',
  at: '2026-11-30T10:00:00+08:00',
  channel: 'regulator',
  summary: '向12315反映',
};

function caseFor(language: CaseLanguage, jurisdiction: Jurisdiction, variant: Variant) {
  const zh = language === 'zh-CN';
  const base: CaseFacts = { ...(zh ? zhFacts : enFacts), jurisdiction };
  const contacts = zh ? zhContacts : enContacts;
  switch (variant) {
    case 'full':
      return { facts: base, contacts };
    case 'no-contacts':
      return { facts: { ...base, firstLetterDate: undefined, firstLetterTicket: undefined }, contacts: [] };
    case 'regulator-contact':
      return { facts: base, contacts: [...contacts, regulatorContact] };
    case 'comma-decimals':
      return {
        facts: {
          ...base,
          impact: { ...base.impact, moneyLost: '1.200,50', description: undefined },
          demands: { ...base.demands, refundAmount: '€29,99', compensationAmount: '1,200.50' },
        },
        contacts,
      };
    case 'domain-provider':
      return { facts: { ...base, provider: { name: 'yunduan-pc.example.cn' } }, contacts };
    case 'latin-agent':
      return { facts: base, contacts: contacts.map((c) => ({ ...c, agent: 'Dave' })) };
    case 'recent-complaint':
      return {
        facts: { ...base, firstLetterDate: undefined, deadlockLetterDate: undefined },
        contacts: [{ id: 'n1', at: '2026-12-08T09:00:00Z', channel: 'phone' as const, ticket: 'T-20261208' }],
      };
    case 'business-user':
      return {
        facts: {
          ...base,
          purchasePurpose: 'business' as const,
          impact: { ...base.impact, lossKind: 'lost-earnings' as const },
        },
        contacts,
      };
    case 'pro-rata':
      return {
        facts: {
          ...base,
          monthlyFee: '99',
          demands: { ...base.demands, refundAmount: undefined, refundOutagePeriod: true },
        },
        contacts,
      };
  }
}

const matrix = LETTER_TEMPLATES.flatMap((template) =>
  LANGUAGES.flatMap((language) =>
    JURISDICTIONS.flatMap((jurisdiction) => VARIANTS.map((variant) => ({ template, language, jurisdiction, variant }))),
  ),
);

describe('every template × language × jurisdiction × variant is free of the reviewed defect classes', () => {
  it.each(matrix)('$template $language $jurisdiction $variant', ({ template, language, jurisdiction, variant }) => {
    const { facts, contacts } = caseFor(language, jurisdiction, variant);
    const draft = draftLetter({ facts, contacts, exhibits, now: NOW }, template, language);
    const providerContacts = contacts.filter((c) => c.channel !== 'regulator').length;
    const hasHistory = providerContacts > 0 || Boolean(facts.firstLetterDate);
    assertLetterClasses(draft, facts, hasHistory ? providerContacts || 1 : 0, template !== 'follow-up');
    const text = draft.text;
    // Text bugs the review found, as classes.
    expect(text).not.toMatch(/将将|\.\.(?!\.)|。。|[先联][后系] 1 次|该问题[^。]*方才恢复/);
    if (variant === 'domain-provider') expect(text).not.toMatch(/尊敬的yunduan|Dear yunduan/);
    if (variant === 'latin-agent') expect(text).not.toContain('工号 Dave');
    if (language === 'en-US') expect(text).not.toMatch(/line on \d/);
    // A regulator is not the company: it is never counted as a contact with it.
    if (variant === 'regulator-contact') expect(text).not.toMatch(/三次|3 times|three times/);
    // Advice to the user stays out of the letter to the company.
    expect(text).not.toContain('互联网法院');
    // No escalation before its date: a body still closed is named with the day it opens.
    const notOpen = draft.guards.some((g) => g.code === 'body-not-open');
    if (variant === 'recent-complaint' && template === 'regulator')
      expect(notOpen || !(jurisdiction === 'CN' && language === 'zh-CN')).toBe(true);
    if (variant === 'recent-complaint' && notOpen && template !== 'regulator') {
      const opens = draft.guards.find((g) => g.code === 'body-not-open')?.detail;
      expect(text).toContain(formatDateKey(opens, language) ?? '');
      expect(text).not.toMatch(/without further notice, and I reserve|不再另行通知，直接向/);
    }
  });
});

describe('amounts typed in another decimal convention', () => {
  it('reads 1.200,50 and 29,99 in an EU case and refuses them, visibly, in a UK one', () => {
    const facts: CaseFacts = {
      ...enFacts,
      impact: { moneyLost: '1.200,50' },
      demands: { refundOutagePeriod: true, refundAmount: '€29,99' },
    };
    const eu = draftLetter({ facts: { ...facts, jurisdiction: 'EU' }, now: NOW }, 'first-complaint', 'en-EU');
    expect(eu.text).toContain('€29.99');
    expect(eu.text).toContain('€1,200.50');
    const gb = draftLetter({ facts: { ...facts, jurisdiction: 'GB' }, now: NOW }, 'first-complaint', 'en-GB');
    expect(gb.text).toContain('[to complete: an amount that could not be read “€29,99”]');
    expect(gb.guards.find((g) => g.code === 'amount-unreadable')?.detail).toBe('1.200,50, €29,99');
  });
});

describe('the double-counted loss', () => {
  it('states a loss already in the user’s description once, as lost earnings when it is', () => {
    const facts: CaseFacts = {
      ...zhFacts,
      impact: { moneyLost: '1200', lossKind: 'lost-earnings', description: '无法交付稿件，损失稿酬1,200元' },
    };
    const { text } = draftLetter({ facts, contacts: zhContacts, now: NOW }, 'first-complaint', 'zh-CN');
    expect(text.match(/1,?200/g)?.length).toBe(2); // the description, and the compensation demand
    expect(text).not.toContain('直接经济损失');
    expect(text).toContain('赔偿因此给本人造成的可得收入损失');
  });
});

describe('computed figures', () => {
  it('shows the pro-rata refund and the repair-duty breach with their formulas', () => {
    const facts: CaseFacts = {
      ...zhFacts,
      monthlyFee: '99',
      faultReportedAt: '2026-11-20T09:40',
      incident: { ...zhFacts.incident, start: '2026-11-20T09:15', end: '2026-11-22T18:45' },
      demands: { refundOutagePeriod: true },
    };
    const { text } = draftLetter({ facts, contacts: zhContacts, now: NOW }, 'first-complaint', 'zh-CN');
    expect(text).toContain('人民币 7.91 元（按月费 人民币 99.00 元 × 中断 57.5 小时 ÷ 720 小时计算）');
    expect(text).toContain(
      '即2026年11月22日 09:40前修复或者调通；实际至2026年11月22日 18:45方才恢复，超出期限 9.1 小时',
    );
    expect(text).not.toContain('本人首次联系');
  });

  it('cites 《电信条例》 only for a licensed operator, with 民法典 and 消保法 leading otherwise', () => {
    const facts: CaseFacts = {
      ...zhFacts,
      provider: { name: '云端电脑科技有限公司' },
      purchasePurpose: 'personal' as const,
    };
    const { text, guards } = draftLetter({ facts, contacts: zhContacts, now: NOW }, 'first-complaint', 'zh-CN');
    expect(text).not.toContain('电信条例');
    expect(text).toContain('《中华人民共和国民法典》第五百七十七条规定');
    expect(text).toContain('第四十八条第一款第（一）项、第（七）项规定');
    expect(text).toContain('本人系为生活消费需要接受贵公司的服务');
    expect(text).toContain('市场监督管理部门（12315）');
    expect(guards.map((g) => g.code)).not.toContain('parallel-filing');
  });

  it('ties 《电信条例》 art. 32 to the report time, or asks for it when nobody logged one', () => {
    const { text, placeholders } = draftLetter({ facts: zhFacts, now: NOW }, 'first-complaint', 'zh-CN');
    expect(text).toContain('本人于【待补充：向对方报障的时间】向贵公司申告服务障碍。');
    expect(placeholders).toContain('【待补充：向对方报障的时间】');
  });

  it('warns about parallel filings and the terminal-equipment exception before a MIIT appeal', () => {
    const { guards } = draftLetter({ facts: zhFacts, contacts: zhContacts, now: NOW }, 'regulator', 'zh-CN');
    expect(guards.map((g) => g.code)).toEqual(
      expect.arrayContaining(['parallel-filing', 'needs-legal-name', 'needs-address', 'terminal-exception']),
    );
  });

  it('warns when the user wrote in another language than the letter', () => {
    const facts: CaseFacts = { ...enFacts, incident: { ...enFacts.incident, symptoms: '云桌面无法连接' } };
    const { guards } = draftLetter({ facts, now: NOW }, 'first-complaint', 'en-GB');
    expect(guards.map((g) => g.code)).toContain('language-mismatch');
  });
});
