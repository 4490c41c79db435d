import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../../src/domain/complaint/facts';
import { chooseLegalBasisIds, legalBasisCatalogue, legalBasisFor } from '../../../../src/domain/complaint/legalBasis';
import { PROVISIONS } from '../../../../src/domain/complaint/provisions';
import { parseAmount, readAmount } from '../../../../src/domain/complaint/facts';

describe('provision catalogue', () => {
  it.each(PROVISIONS.map((p) => [p.id, p] as const))('%s carries instrument, article, date and source', (_id, p) => {
    expect(p.instrument.zh && p.instrument.en && p.article.zh && p.article.en).toBeTruthy();
    expect(p.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.source.length).toBeGreaterThan(10);
    // Only verified provisions carry text; unverified ones are never quoted anywhere.
    expect(Boolean(p.text)).toBe(p.status === 'verified');
  });

  it('quotes 电信条例 art. 32 with the clock start and the terminal-equipment exception', () => {
    const text = PROVISIONS.find((p) => p.id === 'cn-telecom-32')?.text;
    expect(text).toContain('自接到申告之日起');
    expect(text).toContain('但是，属于电信终端设备的原因造成电信服务障碍的除外。');
    expect(PROVISIONS.find((p) => p.id === 'cn-cpl-48-1-7')?.text).toContain('（七）服务的内容和费用违反约定的；');
  });

  it('offers the claim provisions, not procedure, to the legal-basis editor', () => {
    expect(legalBasisCatalogue('CN', 'zh').map((l) => l.id)).toEqual([
      'cn-cc-577',
      'cn-cc-584',
      'cn-cpl-2',
      'cn-cpl-48-1-7',
      'cn-cpl-52',
      'cn-telecom-32',
      'contract',
    ]);
  });

  it('offers only quotable text to the legal-basis editor', () => {
    for (const item of legalBasisCatalogue('GB', 'en')) {
      const p = PROVISIONS.find((x) => x.id === item.id);
      expect(item.point).toBe(p?.status === 'verified' ? (p.text ?? '') : '');
    }
  });
});

describe('legal basis chosen by the facts', () => {
  const cn: CaseFacts = { problemType: 'outage', sector: 'cloud-pc', demands: { compensation: true } };
  it.each([
    [
      'licensed cloud PC, consumer',
      { ...cn, provider: { licensedOperator: true }, purchasePurpose: 'personal' as const },
      ['cn-telecom-32', 'cn-cc-577', 'cn-cpl-2', 'cn-cpl-48-1-7', 'cn-cpl-52', 'cn-cc-584'],
    ],
    ['unlicensed cloud PC, consumer not asked', cn, ['cn-cc-577', 'cn-cpl-48-1-7', 'cn-cpl-52', 'cn-cc-584']],
    ['business user', { ...cn, purchasePurpose: 'business' as const }, ['cn-cc-577', 'cn-cc-584']],
    [
      'telecom, refund only',
      { problemType: 'outage', sector: 'telecom', demands: { refundOutagePeriod: true } },
      ['cn-telecom-32', 'cn-cc-577', 'cn-cpl-48-1-7', 'cn-cpl-52'],
    ],
  ] as const)('CN %s', (_name, facts, ids) => {
    expect(chooseLegalBasisIds(facts as CaseFacts, 'CN')).toEqual(ids);
  });

  it.each([
    [
      'GB',
      { problemType: 'outage', demands: { refundOutagePeriod: true, compensation: true } },
      ['gb-cra-49', 'gb-cra-56', 'gb-cra-54-7'],
    ],
    ['GB', { problemType: 'outage', purchasePurpose: 'business' as const }, ['contract']],
    [
      'EU',
      { problemType: 'outage', sector: 'cloud-pc', demands: { compensation: true } },
      ['eu-dcd-14-1', 'eu-dcd-3-10'],
    ],
    ['US', { problemType: 'billing-error' }, ['contract']],
  ] as const)('%s %j', (jurisdiction, facts, ids) => {
    expect(chooseLegalBasisIds(facts as CaseFacts, jurisdiction)).toEqual(ids);
  });

  it('re-reads a stored list from the catalogue by id, dropping ids it does not know', () => {
    const facts: CaseFacts = {
      legalBasis: [
        { id: 'cn-cc-577', citation: 'old', point: 'old paraphrase' },
        { id: 'gone', citation: 'x', point: 'y' },
      ],
    };
    const [only, ...rest] = legalBasisFor(facts, 'CN', 'zh');
    expect(rest).toEqual([]);
    expect(only?.point).toBe(PROVISIONS.find((p) => p.id === 'cn-cc-577')?.text);
  });
});

describe('amounts in the case’s decimal convention', () => {
  it.each([
    ['1,280.50', 'point', 1280.5],
    ['¥86', 'point', 86],
    ['86 元', 'point', 86],
    ['1.200,50', 'comma', 1200.5],
    ['€29,99', 'comma', 29.99],
    ['1 200,50', 'comma', 1200.5],
    ['29.99', 'comma', 29.99],
  ] as const)('%s (%s) → %d', (input, sep, value) => {
    expect(parseAmount(input, sep)).toBe(value);
  });

  it.each([
    ['29,99', 'point'],
    ['1.200,50', 'point'],
    ['1,280.50', 'comma'],
  ] as const)('refuses %s under the %s convention as the other convention, never misreading it', (input, sep) => {
    expect(readAmount(input, sep)).toEqual({ ok: false, reason: 'other-decimal' });
  });
});
