import { describe, expect, it } from 'vitest';
import { caseLanguageFor, caseSlug, newCase, providerFromUrl, siteOf } from '../../../src/domain/case';

describe('providerFromUrl', () => {
  it.each([
    ['https://www.example.com/status', 'example.com'],
    ['https://desk.cloud.example.com/x?y=1', 'example.com'],
    ['https://help.ctyun.cn/', 'ctyun.cn'],
    ['https://service.10086.com.cn/a', '10086.com.cn'],
    ['https://account.bt.co.uk/', 'bt.co.uk'],
    ['http://127.0.0.1:8080/provider', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['chrome://settings', ''],
    ['not a url', ''],
  ])('%s → %s', (url, provider) => {
    expect(providerFromUrl(url)).toBe(provider);
  });

  it('keeps the full site apart from the provider', () => {
    expect(siteOf('https://www.desk.example.com/')).toBe('desk.example.com');
  });
});

describe('caseSlug', () => {
  it.each([
    ['Cloud PC down since Monday', 'cloud-pc-down-since-monday'],
    ['天翼云电脑 断连 (11月)', '天翼云电脑-断连-11月'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['CON', 'con'],
    ['???', 'case'],
    ['', 'case'],
    ['Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ', 'fullwidth-abc'],
  ])('%j → %j', (title, slug) => {
    expect(caseSlug(title)).toBe(slug);
  });

  it('is length-limited without cutting a character in half', () => {
    const slug = caseSlug('云'.repeat(100), 10);
    expect(Array.from(slug)).toHaveLength(10);
  });
});

describe('cases', () => {
  it('follows the browser language for the case language', () => {
    expect(caseLanguageFor('zh-CN')).toBe('zh-CN');
    expect(caseLanguageFor('zh-TW')).toBe('zh-CN');
    expect(caseLanguageFor('en-US')).toBe('en-US');
    expect(caseLanguageFor('en-GB')).toBe('en-GB');
    expect(caseLanguageFor('de')).toBe('en-GB');
  });

  it('trims what the user typed', () => {
    const c = newCase({
      id: 'x',
      title: '  Refund refused ',
      provider: ' Shop ',
      language: 'en-GB',
      now: '2026-11-23T11:00:00.000+00:00',
    });
    expect(c).toMatchObject({ title: 'Refund refused', provider: 'Shop', providerSite: '', createdAt: c.updatedAt });
  });
});
