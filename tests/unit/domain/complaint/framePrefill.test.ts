import { describe, expect, it } from 'vitest';
import {
  caseFrame,
  derivedJurisdiction,
  isCaseFrameChoice,
  jurisdictionOfSite,
  suggestCaseFrame,
} from '../../../../src/domain/complaint';
import { factsWithCaseDefaults } from '../../../../src/domain/letter';

describe('suggestCaseFrame: country, currency and letter language for a new case', () => {
  it.each([
    ['yunduan-pc.example.cn', 'en-US', 'CN', 'CNY', 'zh-CN'],
    ['help.ctyun.com.cn', 'en-GB', 'CN', 'CNY', 'zh-CN'],
    ['fibrenet.co.uk', 'zh-CN', 'GB', 'GBP', 'en-GB'],
    ['shop.example.de', 'en-US', 'EU', 'EUR', 'en-EU'],
    ['www.fcc.gov', 'en-GB', 'US', 'USD', 'en-US'],
    ['clouddesk.com', 'zh-CN', 'CN', 'CNY', 'zh-CN'],
    ['clouddesk.com', 'zh-TW', 'CN', 'CNY', 'zh-CN'],
    ['clouddesk.com', 'en-US', 'US', 'USD', 'en-US'],
    ['clouddesk.com', 'en-GB', 'GB', 'GBP', 'en-GB'],
    ['clouddesk.com', 'fr-FR', 'EU', 'EUR', 'en-EU'],
    ['', 'en', 'GB', 'GBP', 'en-GB'],
    ['', 'ja', 'GB', 'GBP', 'en-GB'],
  ])('%s with browser %s → %s %s %s', (site, browser, jurisdiction, currency, language) => {
    expect(suggestCaseFrame(site, browser)).toEqual({ jurisdiction, currency, language });
  });

  it('reads a URL as well as a bare site, and ignores a port', () => {
    expect(jurisdictionOfSite('https://www.example.cn:8443/help')).toBe('CN');
    expect(jurisdictionOfSite('localhost')).toBeNull();
    expect(jurisdictionOfSite(undefined)).toBeNull();
  });
});

describe('existing cases without an answer derive theirs, never silently wrong', () => {
  it('a ¥ provider is never given dollars or US law under an en-US browser', () => {
    const frame = caseFrame({ monthlyFee: '¥399' }, 'en-US');
    expect(frame).toMatchObject({ jurisdiction: 'CN', currency: 'CNY', language: 'en-US' });
  });

  it('the case site decides when the facts say nothing', () => {
    expect(caseFrame({}, 'en-US', 'yunduan-pc.example.cn').jurisdiction).toBe('CN');
    const facts = factsWithCaseDefaults({ provider: 'x', providerSite: 'fibrenet.co.uk', language: 'en-US' }, {});
    expect(facts).toMatchObject({ jurisdiction: 'GB', currency: 'GBP' });
  });

  it('an explicit answer wins over every hint; currency alone points to its country', () => {
    expect(caseFrame({ jurisdiction: 'US', monthlyFee: '¥399' }, 'zh-CN', 'a.cn').jurisdiction).toBe('US');
    expect(derivedJurisdiction({ currency: 'gbp' })).toBe('GB');
    expect(derivedJurisdiction({ monthlyFee: '¥399', demands: { refundAmount: '£5' } })).toBeNull();
    expect(caseFrame({}, 'en-US').jurisdiction).toBe('US');
  });
});

describe('isCaseFrameChoice: a frame from a message is checked before it is stored', () => {
  it.each([
    [{ jurisdiction: 'CN', currency: 'CNY', language: 'zh-CN' }, true],
    [{ jurisdiction: 'GB', currency: 'JPY', language: 'en-GB' }, true],
    [{ jurisdiction: 'FR', currency: 'EUR', language: 'en-EU' }, false],
    [{ jurisdiction: 'CN', currency: '¥', language: 'zh-CN' }, false],
    [{ jurisdiction: 'CN', currency: 'CNY', language: 'fr' }, false],
    [{ jurisdiction: 'toString', currency: 'CNY', language: 'zh-CN' }, false],
    [null, false],
  ])('%j → %s', (value, ok) => {
    expect(isCaseFrameChoice(value)).toBe(ok);
  });
});
