// Visible placeholders for facts a sentence needs but the case lacks: the letter shows 【待补充：…】 /
// [to complete: …] instead of dropping the sentence, and the draft lists them for the side panel.

import type { Language } from '../language';

export type PlaceholderKey =
  | 'provider-legal-name'
  | 'provider-address'
  | 'first-complaint'
  | 'adr-scheme'
  | 'amount-unreadable'
  | 'exhibit-purpose'
  | 'complainant-name'
  | 'complainant-phone'
  | 'complainant-address'
  | 'complainant-postcode'
  | 'fault-reported-at'
  | 'order-number'
  | 'demands'
  | 'claimed-amount'
  | 'transaction-date'
  | 'card-number'
  | 'payment-id';

const TEXT: Record<PlaceholderKey, { zh: string; en: string }> = {
  'provider-legal-name': { zh: '被投诉方的注册名称（营业执照所载）', en: 'the company’s registered legal name' },
  'provider-address': { zh: '被投诉方的住所地址', en: 'the company’s registered address' },
  'first-complaint': { zh: '此前向对方投诉的日期和方式', en: 'the date and way you first complained to the company' },
  'adr-scheme': {
    zh: '对方所属的 ADR 机构（见合同或投诉处理规程）',
    en: 'the ADR scheme the company belongs to (see its complaints code)',
  },
  'amount-unreadable': { zh: '无法识别的金额', en: 'an amount that could not be read' },
  'exhibit-purpose': { zh: '该证据的证明目的', en: 'what this exhibit proves' },
  'complainant-name': { zh: '投诉人姓名', en: 'your name' },
  'complainant-phone': { zh: '您的电话号码', en: 'your phone number' },
  'complainant-address': { zh: '您的通讯地址', en: 'your postal address' },
  'complainant-postcode': { zh: '邮政编码', en: 'your postcode' },
  'fault-reported-at': { zh: '向对方报障的时间', en: 'when you reported the fault' },
  'order-number': { zh: '订单号或用户账号', en: 'your account or order number' },
  demands: { zh: '您的诉求', en: 'what you ask the company to do' },
  'claimed-amount': { zh: '涉诉金额', en: 'the amount in dispute' },
  'transaction-date': { zh: '付款日期', en: 'the date of the payment' },
  'card-number': { zh: '银行卡号后四位', en: 'the last four digits of the card' },
  'payment-id': { zh: '交易单号', en: 'the payment reference' },
};

export interface PlaceholderSink {
  lang: Language;
  placeholders: string[];
}

/** The placeholder text, recorded on the draft; `detail` (e.g. the unreadable figure) is shown with it. */
export function placeholder(sink: PlaceholderSink, key: PlaceholderKey, detail?: string): string {
  const label = TEXT[key][sink.lang];
  const text =
    sink.lang === 'zh'
      ? `【待补充：${label}${detail ? `“${detail}”` : ''}】`
      : `[to complete: ${label}${detail ? ` “${detail}”` : ''}]`;
  if (!sink.placeholders.includes(text)) sink.placeholders.push(text);
  return text;
}
