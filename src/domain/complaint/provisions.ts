// The provision catalogue: every provision a letter may cite, with its exact text as checked against
// a primary source. Only `verified` text is ever quoted in a letter; the rest is cited by number only.

import type { Language } from '../language';
import type { Jurisdiction } from './facts';
import { FILING_PROVISIONS } from './filingProvisions';
import { MIIT_APPEAL_PROVISIONS } from './miitProvisions';

/** verified: text checked against a primary or official copy; unverified: only secondary copies seen. */
export type ProvisionStatus = 'verified' | 'unverified';

export interface Provision {
  id: string;
  jurisdiction: Jurisdiction;
  instrument: { zh: string; en: string };
  /** Article / section with paragraph and item, as cited. */
  article: { zh: string; en: string };
  /** The exact words, in the instrument's own language (`…` marks an omitted part). */
  text?: string;
  /** In force from (YYYY-MM-DD) for the version quoted. */
  effective: string;
  /** Where the text was checked. */
  source: string;
  status: ProvisionStatus;
}

const CPL = {
  zh: '《中华人民共和国消费者权益保护法》',
  en: 'the Law of the PRC on the Protection of Consumer Rights and Interests',
};
const CC = { zh: '《中华人民共和国民法典》', en: 'the Civil Code of the PRC' };
const TR = { zh: '《中华人民共和国电信条例》', en: 'the Telecommunications Regulations of the PRC' };
const CRA = { zh: '英国《2015 年消费者权利法》', en: 'the Consumer Rights Act 2015' };
const LRB = 'github.com/LawRefBook/Laws';
const CPL_SRC = `${LRB} 民法商法/消费者权益保护法(2013-10-25).md`;
const CC_SRC = `${LRB} 民法典/合同编.md`;
const ZH = (id: string, article: string, en: string, rest: Omit<Provision, 'id' | 'article' | 'jurisdiction'>) => ({
  id,
  jurisdiction: 'CN' as const,
  article: { zh: article, en },
  ...rest,
});

export const PROVISIONS: readonly Provision[] = [
  ZH('cn-cc-577', '第五百七十七条', 'Article 577', {
    instrument: CC,
    text: '当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。',
    effective: '2021-01-01',
    source: CC_SRC,
    status: 'verified',
  }),
  ZH('cn-cc-584', '第五百八十四条', 'Article 584', {
    instrument: CC,
    text: '当事人一方不履行合同义务或者履行合同义务不符合约定，造成对方损失的，损失赔偿额应当相当于因违约所造成的损失，包括合同履行后可以获得的利益；但是，不得超过违约一方订立合同时预见到或者应当预见到的因违约可能造成的损失。',
    effective: '2021-01-01',
    source: CC_SRC,
    status: 'verified',
  }),
  ZH('cn-cpl-2', '第二条', 'Article 2', {
    instrument: CPL,
    text: '消费者为生活消费需要购买、使用商品或者接受服务，其权益受本法保护；本法未作规定的，受其他有关法律、法规保护。',
    effective: '2014-03-15',
    source: CPL_SRC,
    status: 'verified',
  }),
  ZH('cn-cpl-48-1-7', '第四十八条第一款第（一）项、第（七）项', 'Article 48(1), items (1) and (7)', {
    instrument: CPL,
    text: '经营者提供商品或者服务有下列情形之一的，除本法另有规定外，应当依照其他有关法律、法规的规定，承担民事责任：（一）商品或者服务存在缺陷的；……（七）服务的内容和费用违反约定的；',
    effective: '2014-03-15',
    source: `${CPL_SRC}（该文本第一款末为半角冒号，此处按官方文本作全角）`,
    status: 'verified',
  }),
  ZH('cn-cpl-52', '第五十二条', 'Article 52', {
    instrument: CPL,
    text: '经营者提供商品或者服务，造成消费者财产损害的，应当依照法律规定或者当事人约定承担修理、重作、更换、退货、补足商品数量、退还货款和服务费用或者赔偿损失等民事责任。',
    effective: '2014-03-15',
    source: CPL_SRC,
    status: 'verified',
  }),
  ZH('cn-telecom-32', '第三十二条', 'Article 32', {
    instrument: TR,
    text:
      '电信用户申告电信服务障碍的，电信业务经营者应当自接到申告之日起，城镇48小时、农村72小时内修复或者调通；' +
      '不能按期修复或者调通的，应当及时通知电信用户，并免收障碍期间的月租费用。' +
      '但是，属于电信终端设备的原因造成电信服务障碍的除外。',
    effective: '2016-02-06',
    source: `${LRB} 行政法规/电信条例(2016-02-06).md`,
    status: 'verified',
  }),
  ZH('cn-internet-court-11', '第十一条第二款', 'Article 11(2)', {
    instrument: {
      zh: '《最高人民法院关于互联网法院审理案件若干问题的规定》',
      en: 'the SPC Provisions on Cases Heard by Internet Courts',
    },
    text: '当事人提交的电子数据，通过电子签名、可信时间戳、哈希值校验、区块链等证据收集、固定和防篡改的技术手段或者通过电子取证存证平台认证，能够证明其真实性的，互联网法院应当确认。',
    effective: '2018-09-07',
    source: `${LRB} 司法解释/最高人民法院关于互联网法院审理案件若干问题的规定(2018-09-06).md`,
    status: 'verified',
  }),
  ZH('cn-evidence-93-4', '第九十三条第一款第（四）项', 'Article 93(1)(4)', {
    instrument: {
      zh: '《最高人民法院关于民事诉讼证据的若干规定》',
      en: 'the SPC Provisions on Evidence in Civil Procedures',
    },
    text: '（四）电子数据是否被完整地保存、传输、提取，保存、传输、提取的方法是否可靠；',
    effective: '2020-05-01',
    source: `${LRB} 司法解释/最高人民法院关于民事诉讼证据的若干规定(2019-12-25).md`,
    status: 'verified',
  }),
  ZH('cn-evidence-94-2', '第九十四条第一款第（二）项', 'Article 94(1)(2)', {
    instrument: {
      zh: '《最高人民法院关于民事诉讼证据的若干规定》',
      en: 'the SPC Provisions on Evidence in Civil Procedures',
    },
    text: '（二）由记录和保存电子数据的中立第三方平台提供或者确认的；',
    effective: '2020-05-01',
    source: `${LRB} 司法解释/最高人民法院关于民事诉讼证据的若干规定(2019-12-25).md`,
    status: 'verified',
  }),
  ZH('cn-civil-procedure-165', '第一百六十五条第一款', 'Article 165(1)', {
    instrument: { zh: '《中华人民共和国民事诉讼法》', en: 'the Civil Procedure Law of the PRC' },
    text: '基层人民法院和它派出的法庭审理事实清楚、权利义务关系明确、争议不大的简单金钱给付民事案件，标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的，适用小额诉讼的程序审理，实行一审终审。',
    effective: '2024-01-01',
    source: `${LRB} 诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md`,
    status: 'verified',
  }),
  ...MIIT_APPEAL_PROVISIONS,
  {
    id: 'gb-cra-2-3',
    jurisdiction: 'GB',
    instrument: CRA,
    article: { zh: '第 2 条第（3）款', en: 'section 2(3)' },
    text:
      '“Consumer” means an individual acting for purposes that are wholly or mainly outside ' +
      'that individual’s trade, business, craft or profession.',
    effective: '2015-10-01',
    source: 'legislation.gov.uk/ukpga/2015/15/body/enacted (as enacted)',
    status: 'verified',
  },
  ...(
    [
      ['49', '49(1)'],
      ['54-7', '54(7)'],
      ['55', '55'],
      ['56', '56'],
    ] as const
  ).map(
    ([id, en]): Provision => ({
      id: `gb-cra-${id}`,
      jurisdiction: 'GB',
      instrument: CRA,
      article: { zh: `第 ${en} 条`, en: `section ${en}` },
      effective: '2015-10-01',
      source:
        'legislation.gov.uk: only ss.1–2 of the enacted text, s.57 and the explanatory notes (paras 242–273) were ' +
        'readable here, not this section; s.56(1)–(3) seen only at lexisnexis.co.uk, the rest in secondary guides',
      status: 'unverified',
    }),
  ),
  {
    id: 'gb-cca-69',
    jurisdiction: 'GB',
    instrument: { zh: '英国《1984 年郡法院法》', en: 'the County Courts Act 1984' },
    article: { zh: '第 69 条', en: 'section 69' },
    effective: '1985-08-01',
    source:
      'legislation.gov.uk text of s.69 not reachable here; only the High Court equivalent (s.35A, inserted by ' +
      'Administration of Justice Act 1982 Sch. 1, enacted text), the Law Commission report (2004) and summaries',
    status: 'unverified',
  },
  {
    id: 'eu-dcd-14-1',
    jurisdiction: 'EU',
    instrument: {
      zh: '欧盟《数字内容指令》（Directive (EU) 2019/770）',
      en: 'the Digital Content Directive (EU) 2019/770',
    },
    article: { zh: '第 14 条第 1 款', en: 'Article 14(1)' },
    text:
      'In the case of a lack of conformity, the consumer shall be entitled to have the digital content or digital ' +
      'service brought into conformity, to receive a proportionate reduction in the price, or to terminate the ' +
      'contract, under the conditions set out in this Article.',
    effective: '2022-01-01',
    source:
      'legislation.gov.uk/eudr/2019/770/article/14 (EU text as published by the EU), matches ecommercekit.it copy',
    status: 'verified',
  },
  {
    id: 'eu-dcd-3-10',
    jurisdiction: 'EU',
    instrument: {
      zh: '欧盟《数字内容指令》（Directive (EU) 2019/770）',
      en: 'the Digital Content Directive (EU) 2019/770',
    },
    article: { zh: '第 3 条第 10 款', en: 'Article 3(10)' },
    effective: '2022-01-01',
    source:
      'EUR-Lex and legislation.gov.uk/eudr texts of Article 3 not reachable here (only the recitals were seen); ' +
      'no repository mirror of Directive (EU) 2019/770 found (Ansvar-Systems/EU_compliance_MCP has none)',
    status: 'unverified',
  },
  ...FILING_PROVISIONS,
];

export function provision(id: string): Provision | undefined {
  return PROVISIONS.find((p) => p.id === id);
}

/** `《中华人民共和国民法典》第五百七十七条` / `Article 577 of the Civil Code of the PRC` / `section 49(1) of …`. */
export function citationOf(p: Provision, language: Language): string {
  if (language === 'zh') return `${p.instrument.zh}${p.article.zh}`;
  return `${p.article.en} of ${p.instrument.en}`;
}

/** The text a letter may quote: only verified text. */
export function quotableText(p: Provision): string | undefined {
  return p.status === 'verified' ? p.text : undefined;
}
