// Default legal basis per jurisdiction × problem type, drawn only from docs/complaint-domain.md. Points are
// paraphrases, never quotations, and the user edits the list: the letter cites whatever they keep.
import type { Language } from '../language';
import type { Jurisdiction, LegalBasisItem, ProblemType, ServiceSector } from './facts';

interface Provision {
  citation: Record<Language, string>;
  point: Record<Language, string>;
}

const CPL_ZH = '《中华人民共和国消费者权益保护法》';
const CPL_EN = 'the Law of the PRC on the Protection of Consumer Rights and Interests';
const CC_ZH = '《中华人民共和国民法典》';
const CC_EN = 'the Civil Code of the PRC';
const CRA = 'the Consumer Rights Act 2015';
const CRA_ZH = '英国《2015 年消费者权利法》';

export const PROVISIONS: Record<string, Provision> = {
  'cn-cpl-10': {
    citation: { zh: `${CPL_ZH}第十条`, en: `Article 10 of ${CPL_EN}` },
    point: {
      zh: '消费者享有公平交易的权利，有权获得价格合理、计量正确等公平交易条件',
      en: 'consumers are entitled to fair trading, including reasonable prices and correct measurement',
    },
  },
  'cn-cpl-23': {
    citation: { zh: `${CPL_ZH}第二十三条`, en: `Article 23 of ${CPL_EN}` },
    point: {
      zh: '经营者应当保证在正常使用的情况下，其提供的服务具有应当具有的质量、性能和用途',
      en: 'a business must ensure that its service, used normally, has the quality and performance it should have',
    },
  },
  'cn-cpl-26': {
    citation: { zh: `${CPL_ZH}第二十六条`, en: `Article 26 of ${CPL_EN}` },
    point: {
      zh: '经营者不得以格式条款排除或者限制消费者权利、减轻或者免除自身责任',
      en: 'a business may not use standard terms to exclude or restrict consumer rights or to reduce its own liability',
    },
  },
  'cn-cpl-48': {
    citation: { zh: `${CPL_ZH}第四十八条`, en: `Article 48 of ${CPL_EN}` },
    point: {
      zh: '经营者提供的服务不符合约定，或者对消费者退还服务费用、赔偿损失的要求故意拖延或者无理拒绝的，应当依法承担民事责任',
      en:
        'a business bears civil liability where its service is not as agreed or where it delays or refuses without ' +
        'reason a request for a refund or compensation',
    },
  },
  'cn-cpl-52': {
    citation: { zh: `${CPL_ZH}第五十二条`, en: `Article 52 of ${CPL_EN}` },
    point: {
      zh: '经营者提供服务造成消费者财产损害的，应当依法承担退还服务费用或者赔偿损失等民事责任',
      en: 'a business whose service causes the consumer financial loss must refund the fees or pay compensation',
    },
  },
  'cn-cpl-53': {
    citation: { zh: `${CPL_ZH}第五十三条`, en: `Article 53 of ${CPL_EN}` },
    point: {
      zh: '经营者以预收款方式提供服务的，应当按照约定提供；未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款',
      en:
        'a business paid in advance must provide the service as agreed or, at the consumer’s request, return the ' +
        'prepayment',
    },
  },
  'cn-telecom-32': {
    citation: {
      zh: '《中华人民共和国电信条例》第三十二条',
      en: 'Article 32 of the Telecommunications Regulations of the PRC',
    },
    point: {
      zh: '电信业务经营者应当在城镇 48 小时、农村 72 小时内修复故障，未能按期修复的，应当免收故障期间的月租费',
      en:
        'an operator must repair a fault within 48 hours in towns and 72 hours in rural areas, failing which the ' +
        'monthly fee for the fault period is waived',
    },
  },
  'cn-ecl-20': {
    citation: { zh: '《中华人民共和国电子商务法》第二十条', en: 'Article 20 of the E-Commerce Law of the PRC' },
    point: {
      zh: '电子商务经营者应当按照承诺或者与消费者约定的方式、时限交付商品或者服务',
      en: 'an e-commerce business must deliver goods or services in the manner and time promised or agreed',
    },
  },
  'cn-ecl-74': {
    citation: { zh: '《中华人民共和国电子商务法》第七十四条', en: 'Article 74 of the E-Commerce Law of the PRC' },
    point: {
      zh: '电子商务经营者不履行合同义务或者履行合同义务不符合约定的，应当依法承担民事责任',
      en: 'an e-commerce business that fails to perform the contract as agreed bears civil liability',
    },
  },
  'cn-cc-577': {
    citation: { zh: `${CC_ZH}第五百七十七条`, en: `Article 577 of ${CC_EN}` },
    point: {
      zh: '当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任',
      en:
        'a party that fails to perform the contract as agreed must continue performance, take remedial measures or ' +
        'compensate the loss',
    },
  },
  'cn-cc-582': {
    citation: { zh: `${CC_ZH}第五百八十二条`, en: `Article 582 of ${CC_EN}` },
    point: {
      zh: '履行不符合约定的，受损害方可以合理选择请求对方承担重作、减少价款或者报酬等违约责任',
      en: 'where performance is not as agreed, the other party may require it to be redone or the price reduced',
    },
  },
  'cn-cc-584': {
    citation: { zh: `${CC_ZH}第五百八十四条`, en: `Article 584 of ${CC_EN}` },
    point: {
      zh: '违约方应当赔偿因违约所造成的损失，但不得超过其订立合同时预见到或者应当预见到的损失',
      en:
        'the party in breach must compensate the loss it caused, up to what it foresaw or should have foreseen ' +
        'when contracting',
    },
  },
  'gb-cra-49': {
    citation: { zh: `${CRA_ZH}第 49 条`, en: `section 49 of ${CRA}` },
    point: {
      zh: '服务提供者应当以合理的谨慎和技能提供服务',
      en: 'a service must be performed with reasonable care and skill',
    },
  },
  'gb-cra-55': {
    citation: { zh: `${CRA_ZH}第 55 条`, en: `section 55 of ${CRA}` },
    point: {
      zh: '服务不符合要求的，消费者有权要求重新履行',
      en: 'where a service is not performed as it should be, I am entitled to require repeat performance',
    },
  },
  'gb-cra-56': {
    citation: { zh: `${CRA_ZH}第 56 条`, en: `section 56 of ${CRA}` },
    point: {
      zh: '无法重新履行或者未在合理期限内重新履行的，消费者有权要求减价',
      en:
        'where repeat performance is impossible or not done within a reasonable time, I am entitled to a price ' +
        'reduction',
    },
  },
  'eu-dcd-14': {
    citation: {
      zh: '欧盟《数字内容指令》（Directive (EU) 2019/770）第 14 条及其国内转化法',
      en: 'Article 14 of the Digital Content Directive (EU) 2019/770, as implemented in national law',
    },
    point: {
      zh: '数字内容或数字服务不符合约定的，消费者有权要求使其符合约定、按比例减价或者解除合同',
      en:
        'where a digital service is not in conformity, the consumer is entitled to have it brought into ' +
        'conformity, to a proportionate price reduction or to terminate the contract',
    },
  },
  'us-fcba': {
    citation: { zh: '美国《公平信用账单法》（Fair Credit Billing Act）', en: 'the Fair Credit Billing Act' },
    point: {
      zh: '消费者可以在账单寄出后 60 日内书面向发卡机构提出账单争议',
      en: 'I may dispute a billing error in writing with my card issuer within 60 days of the statement',
    },
  },
  contract: {
    citation: { zh: '双方的服务合同', en: 'our service agreement' },
    point: {
      zh: '贵公司应当按照约定的内容和价格提供服务',
      en: 'you are obliged to provide the service at the price agreed',
    },
  },
};

const DIGITAL_SECTORS: (ServiceSector | undefined)[] = ['cloud-pc', 'software-service', undefined];

function defaultIds(jurisdiction: Jurisdiction, problem: ProblemType, sector: ServiceSector | undefined): string[] {
  switch (jurisdiction) {
    case 'CN': {
      const telecom = sector === 'telecom' || sector === 'cloud-pc';
      const byProblem: Record<ProblemType, string[]> = {
        outage: telecom ? ['cn-telecom-32', 'cn-cpl-48'] : ['cn-cpl-48', 'cn-cc-577'],
        degraded: ['cn-cpl-23', 'cn-cc-582'],
        'billing-error': ['cn-cpl-10', 'cn-cpl-48'],
        'refund-refused': ['cn-cpl-48', 'cn-cpl-52'],
        'poor-service': ['cn-cpl-23', 'cn-cpl-48'],
        other: ['cn-cpl-48', 'cn-cc-577'],
      };
      const ids = byProblem[problem];
      return sector === 'online-shop' && problem !== 'billing-error' ? [...ids.slice(0, 1), 'cn-ecl-74'] : ids;
    }
    case 'GB':
      if (problem === 'billing-error') return ['contract'];
      if (problem === 'outage' || problem === 'refund-refused') return ['gb-cra-49', 'gb-cra-56'];
      return ['gb-cra-49', 'gb-cra-55', 'gb-cra-56'];
    case 'EU':
      return problem !== 'billing-error' && DIGITAL_SECTORS.includes(sector) ? ['eu-dcd-14'] : ['contract'];
    case 'US':
      return problem === 'billing-error' || problem === 'refund-refused' ? ['contract', 'us-fcba'] : ['contract'];
  }
}

export function legalBasisItem(id: string, language: Language): LegalBasisItem | null {
  const p = PROVISIONS[id];
  return p ? { id, citation: p.citation[language], point: p.point[language] } : null;
}

/** The editable starting list for a case; the UI stores the user's edits in `CaseFacts.legalBasis`. */
export function defaultLegalBasis(
  jurisdiction: Jurisdiction,
  problem: ProblemType | undefined,
  sector: ServiceSector | undefined,
  language: Language,
): LegalBasisItem[] {
  return defaultIds(jurisdiction, problem ?? 'other', sector).flatMap((id) => legalBasisItem(id, language) ?? []);
}

/** Every provision for a jurisdiction, for an "add a provision" picker. */
export function legalBasisCatalogue(jurisdiction: Jurisdiction, language: Language): LegalBasisItem[] {
  const prefix = `${jurisdiction.toLowerCase()}-`;
  return Object.keys(PROVISIONS)
    .filter((id) => id.startsWith(prefix) || id === 'contract')
    .flatMap((id) => legalBasisItem(id, language) ?? []);
}
