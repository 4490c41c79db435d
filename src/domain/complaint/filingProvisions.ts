// Provisions the filings cite (payment disputes, data-access requests), in the same catalogue form.
// 《电子商务法》第六十二条, 《个人信息保护法》第四十五条, GDPR art. 15, CCPA § 1798.110, 15 U.S.C. § 1666(b)(3) and
// s.75(1) CCA 1974 were checked against a primary text (or a mirror of it); the rest are cited by number only.

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
  {
    id: 'cn-pipl-45',
    jurisdiction: 'CN',
    instrument: { zh: '《中华人民共和国个人信息保护法》', en: 'the Personal Information Protection Law of the PRC' },
    article: { zh: '第四十五条第一款、第二款', en: 'Article 45(1) and (2)' },
    // Two paragraphs of the article, quoted one after the other.
    text:
      '个人有权向个人信息处理者查阅、复制其个人信息；有本法第十八条第一款、第三十五条规定情形的除外。' +
      '个人请求查阅、复制其个人信息的，个人信息处理者应当及时提供。',
    effective: '2021-11-01',
    source: 'github.com/LawRefBook/Laws 行政法/个人信息保护法.md（第七十四条：本法自2021年11月1日起施行）',
    status: 'verified',
  },
  {
    id: 'eu-gdpr-15',
    jurisdiction: 'EU',
    instrument: { zh: '欧盟《通用数据保护条例》（GDPR）', en: 'the General Data Protection Regulation (EU) 2016/679' },
    article: { zh: '第 15 条第 1 款、第 3 款', en: 'Article 15(1) and (3)' },
    text:
      'The data subject shall have the right to obtain from the controller confirmation as to whether or not ' +
      'personal data concerning him or her are being processed, and, where that is the case, access to the ' +
      'personal data … The controller shall provide a copy of the personal data undergoing processing.',
    effective: '2018-05-25',
    source:
      'EUR-Lex CELEX 32016R0679 as mirrored in github.com/Ansvar-Systems/EU_compliance_MCP data/seed/gdpr.json ' +
      '(commit 047a8d3); the same words in gdprhub.eu and gdprcommentary.eu',
    status: 'verified',
  },
  unverified(
    'gb-ukgdpr-15',
    'GB',
    { zh: '英国《通用数据保护条例》（UK GDPR）', en: 'the UK General Data Protection Regulation' },
    { zh: '第 15 条', en: 'Article 15' },
    '2021-01-01',
    `legislation.gov.uk ${NOT_CHECKED}; searched the pages corpus and GDPR mirrors (UK text not among them)`,
  ),
  {
    id: 'us-ccpa-110',
    jurisdiction: 'US',
    instrument: { zh: '《加州消费者隐私法》（CCPA）', en: 'the California Consumer Privacy Act' },
    article: { zh: 'Cal. Civ. Code 第 1798.110 条第 (a) 款第 (5) 项', en: 'Cal. Civ. Code § 1798.110(a)(5)' },
    text:
      'A consumer shall have the right to request that a business that collects personal information about the ' +
      'consumer disclose to the consumer the following: … (5) The specific pieces of personal information it ' +
      'has collected about that consumer.',
    // The text as amended by Proposition 24 (operative 2023-01-01), the version in force.
    effective: '2023-01-01',
    source:
      'leginfo.legislature.ca.gov text as mirrored in github.com/Ansvar-Systems/US-law-mcp ' +
      'data/seed/states/ca.json (commit 6b7a9ea); the same words in codes.findlaw.com (current as of 2025-01-01)',
    status: 'verified',
  },
  {
    id: 'us-fcba-1666',
    jurisdiction: 'US',
    instrument: { zh: '美国《公平信用账单法》', en: 'the Fair Credit Billing Act' },
    article: { zh: '15 U.S.C. 第 1666 条第 (b) 款第 (3) 项', en: '15 U.S.C. § 1666(b)(3)' },
    // Item (3) of the definition of a “billing error”, without its number.
    text:
      'A reflection on a statement of goods or services not accepted by the obligor or his designee or not ' +
      'delivered to the obligor or his designee in accordance with the agreement made at the time of a transaction.',
    // Pub. L. 93-495 of 1974-10-28, title III; in force 1975-10-28 (FRBNY Circular No. 7712, 1975-09-18).
    effective: '1975-10-28',
    source:
      'uscode.house.gov text as mirrored in github.com/codexstanford/markdonw-chunck-of-the-usa-code ' +
      'chuncks/title-15/chunck-3866.md (commit 73178bc); (a) in chunck-3865.md agrees with a govinfo.gov ' +
      'USCODE-2024 capture quoted in another repository; in-force date from the Federal Reserve Bank of New ' +
      'York Circular No. 7712 (fraser.stlouisfed.org)',
    status: 'verified',
  },
  unverified(
    'us-rege-1005-11',
    'US',
    { zh: '美国 E 条例（Regulation E）', en: 'Regulation E' },
    { zh: '12 CFR 第 1005.11 条', en: '12 CFR § 1005.11' },
    '2011-12-30',
    `ecfr.gov and consumerfinance.gov ${NOT_CHECKED}: the two repository copies of (b)(1) found disagree ` +
      '(“sends the periodic statement or provides the passbook documentation” / “transmits the periodic ' +
      'statement or provides the information”); no eCFR mirror of part 1005 found',
  ),
  {
    id: 'gb-cca-75',
    jurisdiction: 'GB',
    instrument: { zh: '英国《1974 年消费者信贷法》', en: 'the Consumer Credit Act 1974' },
    article: { zh: '第 75 条第（1）款', en: 'section 75(1)' },
    text:
      'If the debtor under a debtor-creditor-supplier agreement falling within section 12(b) or (c) has, in relation ' +
      'to a transaction financed by the agreement, any claim against the supplier in respect of a misrepresentation ' +
      'or breach of contract, he shall have a like claim against the creditor, who, with the supplier, shall ' +
      'accordingly be jointly and severally liable to the debtor.',
    // Commencement of s.75 (SI 1977/802) not checked: the date is the one usually given.
    effective: '1977-07-01',
    source:
      'legislation.gov.uk revised text (up to date to 2024-09-20) as mirrored at ' +
      'unrootqridentune.pages.dev/419182.html; ' +
      'the same words at oceanfinance.co.uk; subsection (1) unamended there',
    status: 'verified',
  },
];
