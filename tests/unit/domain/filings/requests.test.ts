import { describe, expect, it } from 'vitest';
import { PROVISIONS, provision, quotableText } from '../../../../src/domain/complaint/provisions';
import type { CaseFacts, Jurisdiction } from '../../../../src/domain/complaint/facts';
import { proofOfSending } from '../../../../src/domain/filings/proofOfSending';
import { dataAccessRequest, PAYMENT_METHODS, paymentDispute } from '../../../../src/domain/filings/requests';
import { letterProblems } from '../letter/assertCleanLetter';
import { enContacts, enFacts, NOW, zhContacts, zhFacts } from '../letter/fixtures';

const sparse: CaseFacts = { provider: { name: 'CloudDesk' } };
const cases = [
  ['zh', zhFacts, zhContacts],
  ['en', enFacts, enContacts],
  ['sparse', sparse, []],
] as const;

/** Every quoted passage (“…” or "…") in a text must be a verified catalogue text. */
function quotesMatchCatalogue(text: string, ids: readonly string[]) {
  for (const p of PROVISIONS) {
    if (p.text && text.includes(p.text)) expect(quotableText(p), p.id).toBe(p.text);
    if (p.status === 'unverified' && p.text) expect(text).not.toContain(p.text);
  }
  for (const id of ids) expect(provision(id), id).toBeDefined();
}

describe.each(PAYMENT_METHODS.flatMap((m) => cases.map(([n, f, c]) => [m, n, f, c] as const)))(
  'payment dispute %s with the %s case',
  (method, name, facts, contacts) => {
    const out = paymentDispute({ facts, contacts, now: NOW, timeZone: 'UTC' }, method);
    it('is clean, shows its placeholders and cites only catalogue provisions', () => {
      expect(letterProblems(out.text)).toEqual([]);
      for (const p of out.placeholders) expect(out.text).toContain(p);
      quotesMatchCatalogue(out.text, out.provisions);
      expect(out.text).toMatch(
        method.startsWith('cn') ? /【待补充：付款日期】/ : /\[to complete: the date of the payment\]/,
      );
    });
    it('invents no complaint nobody logged', () => {
      if (name === 'sparse') expect(out.text).toMatch(/待补充：此前向对方投诉|to complete: the date and way you first/);
      expect(out.text).not.toMatch(/repeatedly|多次|undefined|NaN/);
    });
  },
);

describe('payment dispute law by card', () => {
  const input = { facts: enFacts, contacts: enContacts, now: NOW, timeZone: 'UTC' };
  it.each([
    [
      'us-credit',
      ['us-fcba-1666'],
      /billing error within 15 U\.S\.C\. § 1666\(b\)\(3\) of the Fair Credit Billing Act, which provides: /,
    ],
    ['us-debit', ['us-rege-1005-11'], /12 CFR § 1005\.11/],
    ['gb-credit', ['gb-cca-75'], /Where section 75\(1\) of the Consumer Credit Act 1974 applies/],
    ['gb-debit', [], /chargeback/],
  ] as const)('%s cites %j', (method, ids, pattern) => {
    const out = paymentDispute(input, method);
    expect(out.provisions).toEqual(ids);
    expect(out.text).toMatch(pattern);
  });
});

describe('payment dispute quotes', () => {
  const input = { facts: enFacts, contacts: enContacts, now: NOW, timeZone: 'UTC' };
  it('quotes § 1666(b)(3) and s.75(1) word for word from the catalogue, and cites Regulation E by number only', () => {
    const us = paymentDispute({ ...input, facts: { ...enFacts, jurisdiction: 'US' } }, 'us-credit');
    const fcba = provision('us-fcba-1666')?.text ?? '';
    expect([`“${fcba}”`, `‘${fcba}’`].some((q) => us.text.includes(`, which provides: ${q} Please treat`))).toBe(true);
    const gb = paymentDispute(input, 'gb-credit');
    expect(gb.text).toContain(
      `for its breach of contract. That subsection provides: ‘${provision('gb-cca-75')?.text}’`,
    );
    const debit = paymentDispute(input, 'us-debit');
    expect(debit.text).not.toMatch(/provides/);
    for (const out of [us, gb, debit]) quotesMatchCatalogue(out.text, out.provisions);
  });
});

describe('data-access request', () => {
  it.each([
    ['CN', ['cn-pipl-45', 'cn-ecl-62'], /个人信息保护法》第四十五条/],
    ['EU', ['eu-gdpr-15'], /Article 15\(1\) and \(3\) of the General Data Protection Regulation/],
    ['GB', ['gb-ukgdpr-15'], /Article 15 of the UK General Data Protection Regulation/],
    ['US', [], /privacy policy/],
  ] as const)('%s cites %j, quoting only verified text', (jurisdiction, ids, pattern) => {
    const facts = { ...(jurisdiction === 'CN' ? zhFacts : enFacts), jurisdiction: jurisdiction as Jurisdiction };
    const out = dataAccessRequest({ facts, contacts: [], now: NOW, timeZone: 'UTC' });
    expect(out.provisions).toEqual(ids);
    expect(out.text).toMatch(pattern);
    expect(letterProblems(out.text)).toEqual([]);
    quotesMatchCatalogue(out.text, out.provisions);
  });

  it('quotes 《电子商务法》第六十二条 and 《个人信息保护法》第四十五条 word for word from the catalogue', () => {
    const out = dataAccessRequest({ facts: zhFacts, contacts: [], now: NOW, timeZone: 'UTC' });
    expect(out.text).toContain(`“${provision('cn-ecl-62')?.text}”`);
    expect(out.text).toContain(`第四十五条第一款、第二款规定：“${provision('cn-pipl-45')?.text}”据此，本人请求`);
  });

  it('uses the CCPA only for a California resident, quoting § 1798.110(a)(5) from the catalogue', () => {
    const facts: CaseFacts = { ...enFacts, jurisdiction: 'US', usState: 'California' };
    const out = dataAccessRequest({ facts, contacts: [], now: NOW, timeZone: 'UTC' });
    expect(out.provisions).toEqual(['us-ccpa-110']);
    expect(out.text).toContain('As a California resident, I make this request under Cal. Civ. Code § 1798.110(a)(5)');
    // Quote marks follow the letter's English (‘…’ for en-GB, “…” for en-US).
    const t = provision('us-ccpa-110')?.text;
    expect([`“${t}”`, `‘${t}’`].some((q) => out.text.includes(`, which provides: ${q}`))).toBe(true);
    quotesMatchCatalogue(out.text, out.provisions);
  });

  it('quotes GDPR art. 15 word for word for an EU user, and only cites the unverified UK GDPR', () => {
    const eu = dataAccessRequest({
      facts: { ...enFacts, jurisdiction: 'EU' },
      contacts: [],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(eu.text).toContain(`, which provides: ‘${provision('eu-gdpr-15')?.text}’`);
    const gb = dataAccessRequest({
      facts: { ...enFacts, jurisdiction: 'GB' },
      contacts: [],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(gb.text).toContain('I make this request under Article 15 of the UK General Data Protection Regulation.');
    expect(gb.text).not.toContain('provides');
  });
});

describe('proof of sending', () => {
  it.each([
    ['CN', 'zh', /挂号信/, /回执/],
    ['CN', 'en', /EMS/, /return receipt/],
    ['GB', 'en', /Signed For \(recorded delivery\)/, /certificate of posting/],
    ['US', 'en', /Certified Mail/, /return receipt/],
    ['EU', 'zh', /挂号信/, /回执/],
  ] as const)('%s in %s', (j, lang, channel, advice) => {
    const list = proofOfSending(j, lang);
    expect(list.map((a) => a.channel).join('\n')).toMatch(channel);
    expect(list.map((a) => a.advice).join('\n')).toMatch(advice);
  });
});
