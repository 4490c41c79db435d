import { provision } from '../../../../src/domain/complaint/provisions';
import { describe, expect, it } from 'vitest';
import type { CaseLanguage } from '../../../../src/domain/case';
import type { ContactLogEntry } from '../../../../src/domain/complaint/contacts';
import { type CaseFacts, type Jurisdiction, jurisdictionForLanguage } from '../../../../src/domain/complaint/facts';
import { draftLetter } from '../../../../src/domain/letter';
import { LETTER_TEMPLATES, type LetterPart, type LetterTemplate } from '../../../../src/domain/letter/types';
import { assertCleanLetter, letterProblems } from './assertCleanLetter';
import { enContacts, enFacts, exhibits, NOW, zhContacts, zhFacts } from './fixtures';

const LANGUAGES: CaseLanguage[] = ['zh-CN', 'en-GB', 'en-US', 'en-EU'];
const JURISDICTIONS: Jurisdiction[] = ['CN', 'GB', 'US', 'EU'];

type Variant =
  | 'full'
  | 'ongoing'
  | 'no-contacts'
  | 'several-demands'
  | 'all-missing'
  | 'end-before-start'
  | 'non-numeric-amount';
const VARIANTS: Variant[] = [
  'full',
  'ongoing',
  'no-contacts',
  'several-demands',
  'all-missing',
  'end-before-start',
  'non-numeric-amount',
];

function caseFor(
  language: CaseLanguage,
  jurisdiction: Jurisdiction,
  variant: Variant,
): { facts: CaseFacts; contacts: ContactLogEntry[] } {
  const zh = language === 'zh-CN';
  const base: CaseFacts = { ...(zh ? zhFacts : enFacts), jurisdiction };
  const contacts = zh ? zhContacts : enContacts;
  switch (variant) {
    case 'full':
      return { facts: base, contacts };
    case 'ongoing':
      return { facts: { ...base, incident: { ...base.incident, end: undefined, ongoing: true } }, contacts };
    case 'no-contacts':
      return { facts: { ...base, firstLetterDate: undefined }, contacts: [] };
    case 'several-demands':
      return {
        facts: {
          ...base,
          demands: {
            restoreService: true,
            refundOutagePeriod: true,
            refundAmount: '86',
            compensation: true,
            compensationAmount: '1,280.00',
            writtenExplanation: true,
            improvement: true,
            formalRecord: true,
            other: [zh ? '免除下一个计费周期的月租费。' : 'waive next month’s fee.', '  '],
          },
        },
        contacts,
      };
    case 'all-missing':
      return { facts: {}, contacts: [] };
    case 'end-before-start':
      return {
        facts: { ...base, incident: { ...base.incident, start: '2026-11-23T13:35', end: '2026-11-20T09:15' } },
        contacts,
      };
    case 'non-numeric-amount':
      return {
        facts: {
          ...base,
          impact: { hoursLost: 'many', moneyLost: 'a lot' },
          demands: {
            refundOutagePeriod: true,
            refundAmount: 'about fifty',
            compensation: true,
            compensationAmount: '¥-',
          },
          replyDeadlineDays: 'soon',
        },
        contacts,
      };
  }
}

const REQUIRED: Record<LetterTemplate, LetterPart[]> = {
  'first-complaint': [
    'greeting',
    'complainant',
    'facts',
    'contacts',
    'impact',
    'legal-basis',
    'demands',
    'deadline',
    'next-step',
    'contact-details',
    'attachments',
    'closing',
  ],
  'follow-up': [
    'greeting',
    'complainant',
    'previous-complaint',
    'facts',
    'demands',
    'deadline',
    'next-step',
    'contact-details',
    'attachments',
    'closing',
  ],
  'manager-escalation': [
    'greeting',
    'complainant',
    'facts',
    'contacts',
    'impact',
    'legal-basis',
    'demands',
    'deadline',
    'next-step',
    'contact-details',
    'attachments',
    'closing',
  ],
  regulator: [
    'complainant',
    'respondent',
    'demands',
    'facts',
    'previous-complaint',
    'impact',
    'legal-basis',
    'attachments',
    'closing',
  ],
  'letter-before-action': [
    'greeting',
    'complainant',
    'previous-complaint',
    'facts',
    'impact',
    'legal-basis',
    'claim',
    'demands',
    'deadline',
    'next-step',
    'contact-details',
    'attachments',
    'closing',
  ],
};

const matrix = LETTER_TEMPLATES.flatMap((template) =>
  LANGUAGES.flatMap((language) =>
    JURISDICTIONS.flatMap((jurisdiction) => VARIANTS.map((variant) => ({ template, language, jurisdiction, variant }))),
  ),
);

describe('draftLetter: every template × language × jurisdiction × variant', () => {
  it.each(matrix)(
    '$template $language $jurisdiction $variant is clean',
    ({ template, language, jurisdiction, variant }) => {
      const { facts, contacts } = caseFor(language, jurisdiction, variant);
      const draft = draftLetter(
        { facts, contacts, exhibits: variant === 'all-missing' ? [] : exhibits, now: NOW },
        template,
        language,
      );
      assertCleanLetter(draft.text);
      expect(draft.title.trim()).not.toBe('');
      expect(draft.text.startsWith(draft.title)).toBe(true);
      expect(draft.sections.map((s) => s.part)).toContain('closing');
      for (const s of draft.sections) expect(s.paragraphs.every((p) => p.trim() !== '')).toBe(true);
      if (variant === 'full') {
        const parts = draft.sections.map((s) => s.part);
        for (const part of REQUIRED[template]) expect(parts, part).toContain(part);
        expect(draft.text).toContain('E01');
        expect(draft.text).toContain('E02');
      }
    },
  );
});

describe('draftLetter content', () => {
  const zh = (template: LetterTemplate, facts: CaseFacts = zhFacts, contacts = zhContacts) =>
    draftLetter({ facts, contacts, exhibits, now: NOW }, template, 'zh-CN');
  const en = (
    template: LetterTemplate,
    language: CaseLanguage = 'en-GB',
    facts: CaseFacts = enFacts,
    contacts = enContacts,
  ) => draftLetter({ facts, contacts, exhibits, now: NOW }, template, language);

  it('writes the Chinese first complaint with every part in native form', () => {
    const { text, title } = zh('first-complaint');
    expect(title).toBe('关于天翼云电脑服务中断的正式投诉');
    expect(text).toContain('尊敬的中国电信客户服务部：');
    expect(text).toContain('本人张伟，系贵公司“天翼云电脑”用户，账号为 18912345678');
    expect(text).toContain('2026年11月20日 09:15（北京时间，下同）起');
    expect(text).toContain('服务中断时间共计 3 天 4 小时 20 分钟');
    expect(text).toContain('错误代码 0x0000260D');
    expect(text).toContain('工单号为 TK-20261121-0042');
    expect(text).toContain('但逾期未兑现');
    expect(text).toContain('人民币 1,280.00 元');
    expect(text).toContain('《中华人民共和国电信条例》第三十二条');
    expect(text).toMatch(/一、退还.*人民币 86\.00 元；\n二、赔偿.*人民币 1,280\.00 元；/);
    expect(text).toContain('10 个工作日内（即2026年12月24日前）书面答复');
    // No company address yet: the provincial centre, never the national one (第九条).
    expect(text).toContain('本人将向省级电信用户申诉受理机构（12300）提出申诉');
    expect(text).not.toContain('工业和信息化部电信用户申诉受理中心');
    expect(text).toContain(
      'E01 云电脑连接失败截图\n   证明目的：【待补充：该证据的证明目的】\n   采集时间：2026年11月20日 09:20（系采集时间',
    );
    expect(text).toMatch(/　　此致\n敬礼！\n\n投诉人：张伟\n联系电话：13800138000\n2026年12月10日\n$/);
    // Contacts in date order whatever order the log holds them in.
    expect(text.indexOf('2026112000031')).toBeLessThan(text.indexOf('TK-20261121-0042'));
  });

  it('sends other Chinese consumer disputes to 12315', () => {
    const { text } = zh('first-complaint', { ...zhFacts, sector: 'online-shop' });
    expect(text).toContain('市场监督管理部门（12315）');
    expect(text).not.toContain('12300');
  });

  it('states the MIIT precondition in a regulator complaint', () => {
    const { text, title } = zh('regulator');
    expect(title).toBe('关于天翼云电脑服务中断的申诉书');
    expect(text).toContain('申诉人：张伟');
    expect(text).toContain('被申诉人：【待补充：被投诉方的注册名称（营业执照所载）】');
    expect(text).toContain('被申诉人地址：【待补充：被投诉方的住所地址】');
    expect(text).toContain('本人已于2026年11月20日就上述问题向被申诉人投诉');
    expect(text).toContain('至今已逾 15 日');
    expect(text).toContain(
      `至今已逾 15 日，被申诉人仍未作出令本人满意的答复。《电信用户申诉处理办法》第十条规定：“${
        provision('cn-miit-appeal-10')?.text
      }”本申诉符合上述条件。`,
    );
    expect(text).toMatch(/　　此致\n省级电信用户申诉受理机构\n/);
    expect(text).not.toContain('贵公司');
  });

  it('shows the address, phone and postcode 第十二条（一） asks of an appellant when the case lacks them', () => {
    const bare = { ...zhFacts, complainant: { name: '张伟' } };
    const { text, placeholders } = zh('regulator', bare);
    expect(text).toContain('申诉人：张伟\n联系电话：【待补充：您的电话号码】\n通讯地址：【待补充：您的通讯地址】');
    expect(text).toContain('邮政编码：【待补充：邮政编码】');
    expect(placeholders).toContain('【待补充：邮政编码】');
    const full = { ...zhFacts, complainant: { ...zhFacts.complainant, address: '北京市西城区示例街 1 号 100032' } };
    const filled = zh('regulator', full).text;
    expect(filled).toContain('通讯地址：北京市西城区示例街 1 号 100032');
    expect(filled).not.toContain('邮政编码');
    // Only the MIIT appeal asks for them: a 12315 complaint keeps what the case has.
    expect(zh('regulator', { ...bare, sector: 'online-shop' }).text).not.toContain('【待补充：您的电话号码】');
  });

  it('addresses the MIIT appeal to the centre of the province the company’s address names', () => {
    const facts = { ...zhFacts, provider: { ...zhFacts.provider, address: '上海市浦东新区示例路 100 号' } };
    expect(zh('regulator', facts).text).toMatch(/　　此致\n上海市电信用户申诉受理机构\n/);
    expect(zh('first-complaint', facts).text).toContain('向上海市电信用户申诉受理机构（12300）提出申诉');
  });

  it('does not claim 15 days have passed when they have not', () => {
    const recent: ContactLogEntry = {
      id: 'r1',
      at: '2026-12-05T09:00:00+08:00',
      channel: 'phone',
      ticket: '2026120500007',
    };
    const { text } = zh('regulator', { ...zhFacts, firstLetterDate: undefined }, [recent]);
    expect(text).not.toContain('至今已逾');
    expect(text).toContain('处理结果未能令本人满意');
  });

  it('shows an ongoing outage up to the letter date', () => {
    const { text } = zh('first-complaint', {
      ...zhFacts,
      incident: { ...zhFacts.incident, end: undefined, ongoing: true },
    });
    expect(text).toContain('服务仍未恢复');
    expect(text).toContain('已达 20 天 1 小时 45 分钟');
    expect(text).toContain('一、退还自2026年11月20日起服务中断期间');
  });

  it('leaves out a duration when the end comes before the start', () => {
    const facts = { ...zhFacts, incident: { ...zhFacts.incident, start: '2026-11-23T13:35', end: '2026-11-20T09:15' } };
    expect(zh('first-complaint', facts).text).not.toContain('共计');
    expect(
      en('first-complaint', 'en-GB', { ...enFacts, incident: { ...enFacts.incident, end: '2026-10-01T00:00' } }).text,
    ).not.toContain('in total');
  });

  it('keeps demands whose amounts are not numbers, with a placeholder showing the figure as typed', () => {
    const facts = { ...enFacts, demands: { refundOutagePeriod: true, refundAmount: 'about fifty' } };
    const draft = en('first-complaint', 'en-GB', facts);
    expect(draft.text).toContain('1. Refund [to complete: an amount that could not be read “about fifty”] in fees');
    expect(draft.guards.map((g) => g.code)).toContain('amount-unreadable');
  });

  it('counts a DST change in the outage duration and shows each time with its own zone', () => {
    const { text } = en('first-complaint');
    // 24 Oct 21:00 BST → 26 Oct 08:30 GMT is 36 h 30 min of wall clock plus the hour gained.
    expect(text).toContain('On 24 October 2026 at 21:00 BST');
    expect(text).toContain('until 26 October 2026 at 08:30 GMT: 1 day 12 hours 30 minutes in total');
  });

  it.each([
    ['en-GB', 'Dear Sir or Madam,', 'Yours faithfully,', '10 December 2026', '£12.50'],
    ['en-EU', 'Dear Sir or Madam,', 'Yours faithfully,', '10 December 2026', '€12.50'],
    ['en-US', 'Dear Example Cloud Ltd Customer Service Team:', 'Sincerely,', 'December 10, 2026', '$12.50'],
  ] as const)('%s uses its own greeting, sign-off and dates', (language, greeting, signOff, date, amount) => {
    // The fixture's provider site is .co.uk, which alone would make it a UK case: name the country.
    const { text } = en('first-complaint', language, { ...enFacts, jurisdiction: jurisdictionForLanguage(language) });
    expect(text).toContain(greeting);
    expect(text).toContain(signOff);
    expect(text).toContain(date);
    expect(text).toContain(amount);
  });

  it('formats money in the jurisdiction’s currency when none is set', () => {
    const facts = { ...enFacts, jurisdiction: 'US' as const };
    expect(en('first-complaint', 'en-US', facts).text).toContain('Pay me $240.00 in compensation');
    expect(en('first-complaint', 'en-EU', { ...enFacts, jurisdiction: 'EU' }).text).toContain('€240.00');
    expect(en('first-complaint', 'en-GB', { ...enFacts, jurisdiction: 'CN' }).text).toContain('¥240.00');
  });

  it('names the right regulator and legal basis per jurisdiction', () => {
    const gb = en('first-complaint', 'en-GB', {
      ...enFacts,
      sector: 'telecom',
      adrScheme: 'Communications Ombudsman',
    }).text;
    expect(gb).toContain('I rely on section 49(1) of the Consumer Rights Act 2015.');
    expect(gb).toContain(
      'the Communications Ombudsman once eight weeks have passed since my complaint of 25 October 2026, ' +
        'that is from 20 December 2026, or as soon as you issue a deadlock letter',
    );
    expect(gb).not.toContain('CISAS');
    expect(gb).toContain('within 14 days of the date of this letter, that is by 24 December 2026');
    const eu = en('first-complaint', 'en-EU', { ...enFacts, jurisdiction: 'EU' }).text;
    expect(eu).toContain('Article 14(1) of the Digital Content Directive (EU) 2019/770 provides: ‘In the case of');
    expect(eu).not.toMatch(/\bODR\b/);
    const usTelecom = en('first-complaint', 'en-US', { ...enFacts, jurisdiction: 'US', sector: 'telecom' }).text;
    expect(usTelecom).toContain('the Federal Communications Commission (FCC)');
    const usBilling = en('first-complaint', 'en-US', {
      ...enFacts,
      jurisdiction: 'US',
      sector: 'online-shop',
      problemType: 'billing-error',
      usState: 'California',
    }).text;
    expect(usBilling).toContain('the California Attorney General');
    // The Fair Credit Billing Act binds the card issuer: a letter to the merchant does not cite it.
    expect(usBilling).not.toContain('Fair Credit Billing Act');
    expect(usBilling).toContain('disputing the charge with my card issuer');
  });

  it('asks a manager for a named owner and, in the UK, a deadlock letter', () => {
    const { text } = en('manager-escalation');
    expect(text).toContain('1. Appoint a named person to own this complaint');
    expect(text).toContain('issue a deadlock letter');
    expect(text).toContain('Since 25 October 2026, I have contacted your customer service team once');
    expect(zh('manager-escalation').text).toContain('一、指定专人负责处理本投诉');
  });

  it('refers back to the first letter and shortens the deadline in a follow-up', () => {
    const { text } = en('follow-up');
    expect(text).toContain('On 27 October 2026, I complained to you');
    expect(text).toContain('(ticket number CS-0098812 of 25 October 2026)');
    expect(text).toContain('within 7 days of the date of this letter, that is by 17 December 2026');
    expect(text).toContain('did not keep this promise');
    const zhText = zh('follow-up').text;
    expect(zhText).toContain(
      '本人已于2026年11月24日就天翼云电脑服务中断一事向贵公司提出投诉（工单号：2026112000031，2026年11月20日登记；TK-20261121-0042，2026年11月21日登记）',
    );
    expect(zhText).toContain('5 个工作日内（即2026年12月17日前）');
  });

  it('sets out the sum and how it is calculated before action', () => {
    const { text } = en('letter-before-action');
    expect(text).toContain(
      'I claim £252.50, calculated as follows:\n1. Refund of fees: £12.50\n2. Compensation for my loss: £240.00',
    );
    expect(text).toContain(
      'interest under section 69 of the County Courts Act 1984 at 8% a year from 26 October 2026: ' +
        '£252.50 × 8% × 45 days ÷ 365 = £2.49',
    );
    expect(text).toContain('Practice Direction on Pre-Action Conduct and Protocols');
    expect(text).toContain('alternative dispute resolution (ADR)');
    expect(text).toContain('small claims');
    const zhDraft = zh('letter-before-action');
    expect(zhDraft.text).toContain('共计人民币 1,366.00 元');
    // Where to sue is advice for the user, not a sentence to the company.
    expect(zhDraft.text).not.toContain('互联网法院');
    expect(zhDraft.guards.map((g) => g.code)).toEqual(expect.arrayContaining(['internet-court', 'small-claims']));
  });

  it('writes a regulator complaint in English about the company, not to it', () => {
    const { text } = en('regulator', 'en-GB', { ...enFacts, sector: 'telecom', adrScheme: 'CISAS' });
    expect(text).toContain('To: the CISAS');
    expect(text).toContain('The company promised');
    expect(text).not.toMatch(/\byou\b|\byour\b/i);
  });

  it('uses the user’s edited legal basis, and none when they removed all', () => {
    // A stored item is re-read from the catalogue by id: old paraphrases are never printed as law.
    const edited = {
      ...zhFacts,
      legalBasis: [
        { id: 'cn-cc-584', citation: '《中华人民共和国民法典》第五百八十四条', point: '违约方应当赔偿损失。' },
      ],
    };
    const text = zh('first-complaint', edited).text;
    expect(text).toContain('《中华人民共和国民法典》第五百八十四条规定：“当事人一方不履行合同义务');
    expect(text).not.toContain('违约方应当赔偿损失。');
    expect(text).not.toContain('电信条例');
    expect(zh('first-complaint', { ...zhFacts, legalBasis: [] }).sections.map((s) => s.part)).not.toContain(
      'legal-basis',
    );
  });

  it('drafts deterministically', () => {
    expect(zh('first-complaint').text).toBe(zh('first-complaint').text);
  });
});

describe('assertCleanLetter', () => {
  it.each([
    ['undefined', 'Dear undefined,'],
    ['NaN', 'I lost £NaN.'],
    ['empty brackets', '账号（）'],
    ['doubled spaces', 'I  am'],
    ['doubled punctuation', '修复。。'],
    ['empty numbered item', 'Please:\n1.\n2. Refund.'],
    ['placeholder', '尊敬的××公司'],
  ])('catches %s', (_name, text) => {
    expect(letterProblems(text).length).toBeGreaterThan(0);
  });
});
