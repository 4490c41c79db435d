// Provisions the filings cite (payment disputes, data-access requests), in the same catalogue form.
// Only 《电子商务法》第六十二条 was checked against a primary copy here; the rest are cited by number.

import type { Provision } from './provisions';

const unverified = (
  id: string,
  jurisdiction: Provision['jurisdiction'],
  instrument: Provision['instrument'],
  article: Provision['article'],
  effective: string,
  source: string,
): Provision => ({ id, jurisdiction, instrument, article, effective, source, status: 'unverified' });

const NOT_CHECKED = 'primary text not checked here: cited by number only';

export const FILING_PROVISIONS: readonly Provision[] = [
  {
    id: 'cn-ecl-62',
    jurisdiction: 'CN',
    instrument: { zh: '《中华人民共和国电子商务法》', en: 'the E-Commerce Law of the PRC' },
    article: { zh: '第六十二条', en: 'Article 62' },
    text:
      '在电子商务争议处理中，电子商务经营者应当提供原始合同和交易记录。因电子商务经营者丢失、伪造、篡改、销毁、' +
      '隐匿或者拒绝提供前述资料，致使人民法院、仲裁机构或者有关机关无法查明事实的，电子商务经营者应当承担相应的法律责任。',
    effective: '2019-01-01',
    source: 'github.com/LawRefBook/Laws 民法商法/电子商务法.md',
    status: 'verified',
  },
  unverified(
    'cn-pipl-45',
    'CN',
    { zh: '《中华人民共和国个人信息保护法》', en: 'the Personal Information Protection Law of the PRC' },
    { zh: '第四十五条', en: 'Article 45' },
    '2021-11-01',
    `npc.gov.cn ${NOT_CHECKED}`,
  ),
  unverified(
    'eu-gdpr-15',
    'EU',
    { zh: '欧盟《通用数据保护条例》（GDPR）', en: 'the General Data Protection Regulation (EU) 2016/679' },
    { zh: '第 15 条', en: 'Article 15' },
    '2018-05-25',
    `EUR-Lex ${NOT_CHECKED}`,
  ),
  unverified(
    'gb-ukgdpr-15',
    'GB',
    { zh: '英国《通用数据保护条例》（UK GDPR）', en: 'the UK General Data Protection Regulation' },
    { zh: '第 15 条', en: 'Article 15' },
    '2021-01-01',
    `legislation.gov.uk ${NOT_CHECKED}`,
  ),
  unverified(
    'us-ccpa-110',
    'US',
    { zh: '《加州消费者隐私法》（CCPA）', en: 'the California Consumer Privacy Act' },
    { zh: 'Cal. Civ. Code 第 1798.110 条', en: 'Cal. Civ. Code § 1798.110' },
    '2020-01-01',
    `leginfo.legislature.ca.gov ${NOT_CHECKED}`,
  ),
  unverified(
    'us-fcba-1666',
    'US',
    { zh: '美国《公平信用账单法》', en: 'the Fair Credit Billing Act' },
    { zh: '15 U.S.C. 第 1666 条', en: '15 U.S.C. § 1666' },
    '1975-10-28',
    `uscode.house.gov ${NOT_CHECKED}; in-force date (a year after Pub. L. 93-495) not checked either`,
  ),
  unverified(
    'us-rege-1005-11',
    'US',
    { zh: '美国 E 条例（Regulation E）', en: 'Regulation E' },
    { zh: '12 CFR 第 1005.11 条', en: '12 CFR § 1005.11' },
    '2011-12-30',
    `ecfr.gov ${NOT_CHECKED}`,
  ),
  unverified(
    'gb-cca-75',
    'GB',
    { zh: '英国《1974 年消费者信贷法》', en: 'the Consumer Credit Act 1974' },
    { zh: '第 75 条', en: 'section 75' },
    '1977-07-01',
    `legislation.gov.uk ${NOT_CHECKED}; commencement date (SI 1977/802) not checked either`,
  ),
];
