// 《电信用户申诉处理办法》（工业和信息化部令第35号）arts 9–12, in the catalogue's form. miit.gov.cn was not
// reachable here and no repository mirrors the rule: arts 10–12 are checked against the official copy of their
// words that 湖北省通信管理局 publishes (without article numbers); art. 9 appears only in secondary copies.

import type { Provision } from './provisions';

const INSTRUMENT = { zh: '《电信用户申诉处理办法》', en: 'the MIIT Measures on Telecom User Appeals' };
const EFFECTIVE = '2016-07-30';
const OFFICIAL =
  'hubca.miit.gov.cn/gzcy/dxyhss/index.html (湖北省通信管理局, official) has these words item by item under its own ' +
  'headings; the article numbers from the full text at m.78911.com.cn/ZhengCeGaiGe/595082-2.html (secondary), ' +
  'which has the same words; miit.gov.cn (zwgk/zcwj/flfg/art/2020/art_b2e4b04d28f84f0d8c11e76c2b5c650a.html) ' +
  'not reachable here; punctuation full-width as in the official rule';

const miit = (n: string, zh: string, en: string, rest: Pick<Provision, 'text' | 'source' | 'status'>): Provision => ({
  id: `cn-miit-appeal-${n}`,
  jurisdiction: 'CN',
  instrument: INSTRUMENT,
  article: { zh, en },
  effective: EFFECTIVE,
  ...rest,
});

export const MIIT_APPEAL_PROVISIONS: readonly Provision[] = [
  miit('9', '第九条', 'Article 9', {
    source:
      'Only secondary copies: m.78911.com.cn/ZhengCeGaiGe/595082-2.html and an English rendering at ' +
      'plnmw.com/InformationService/bwyihaeaoq.html; searched LawRefBook/Laws (no MIIT rules), the ' +
      'provincial bureaus’ pages (hubca.miit.gov.cn lists the centre’s address, not this article) and code mirrors',
    status: 'unverified',
  }),
  miit('10', '第十条', 'Article 10', {
    text:
      '用户申诉应当符合下列条件：（一）申诉人是与申诉事项有直接利害关系的当事人；（二）有明确的被申诉人；' +
      '（三）有具体的申诉请求和事实根据；（四）已经向被申诉人投诉且对其处理结果不满意或者其未在15日内答复。',
    source: OFFICIAL,
    status: 'verified',
  }),
  miit('11', '第十一条第（一）项、第（四）项', 'Article 11, items (1) and (4)', {
    // The items only: the article's opening words appear in the secondary copy alone.
    text:
      '（一）属于收费争议的申诉，申诉事项发生时距提起申诉时超过五个月的，其他申诉，申诉事项发生时距提起申诉时' +
      '超过二年的；……（四）人民法院、仲裁机构、消费者组织或者其他行政机关已经受理或者处理的；',
    source: OFFICIAL,
    status: 'verified',
  }),
  miit('12', '第十二条', 'Article 12', {
    text:
      '申诉采用书面形式。申诉材料应当包括下列内容：（一）申诉人姓名或名称、地址、电话号码、邮政编码；' +
      '（二）被申诉人名称、地址；（三）申诉要求、理由、事实根据；（四）申诉日期。',
    source: OFFICIAL,
    status: 'verified',
  }),
];
