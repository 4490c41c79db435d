// How to prove a letter reached the company, per country and channel: what to use and what to keep.

import type { Jurisdiction } from '../complaint/facts';
import type { Language } from '../language';

export interface SendingAdvice {
  channel: string;
  advice: string;
}

const EMAIL: Record<Language, SendingAdvice> = {
  en: {
    channel: 'Email',
    advice:
      'Send to the complaints address the company publishes; keep the sent email with its attachments and any reply.',
  },
  zh: { channel: '电子邮件', advice: '发往对方公布的投诉邮箱，保留已发送邮件及附件；如对方回复，一并保存。' },
};

const ADVICE: Record<Jurisdiction, Record<Language, SendingAdvice[]>> = {
  CN: {
    zh: [
      { channel: 'EMS', advice: '寄往对方注册地址，在详情单上写明内件为“投诉函”；保留详情单和妥投查询记录截图。' },
      { channel: '挂号信（附回执）', advice: '在邮局办理并保留收据；对方签收后回执寄回本人，与信件副本一起保存。' },
      EMAIL.zh,
    ],
    en: [
      {
        channel: 'EMS',
        advice:
          'Send to the registered address and write “complaint letter” as the contents on ' +
          'the waybill; keep the waybill and a screenshot of the delivery record.',
      },
      {
        channel: 'Registered letter with return receipt (挂号信回执)',
        advice:
          'Keep the post office receipt; the signed return receipt comes back to you: keep ' +
          'it with a copy of the letter.',
      },
      EMAIL.en,
    ],
  },
  GB: {
    en: [
      {
        channel: 'Royal Mail Signed For (recorded delivery)',
        advice:
          'Ask the Post Office for a free certificate of posting; keep it, the tracking ' +
          'record and a copy of the letter.',
      },
      {
        channel: 'Royal Mail Special Delivery Guaranteed',
        advice: 'Delivery is tracked and signed for; keep the receipt and the tracking record.',
      },
      EMAIL.en,
    ],
    zh: [
      {
        channel: 'Royal Mail Signed For（签收邮件）',
        advice: '在邮局索取免费的投寄证明（certificate of posting），与查询记录和信件副本一起保存。',
      },
      { channel: 'Royal Mail Special Delivery Guaranteed', advice: '全程追踪并需签收；保留收据和查询记录。' },
      EMAIL.zh,
    ],
  },
  EU: {
    en: [
      {
        channel: 'Registered post with acknowledgement of receipt',
        advice:
          'Use your national postal service; keep the posting receipt, the signed ' +
          'acknowledgement and a copy of the letter.',
      },
      EMAIL.en,
    ],
    zh: [
      { channel: '挂号信（附回执）', advice: '通过当地邮政寄送；保留投寄收据、对方签收的回执和信件副本。' },
      EMAIL.zh,
    ],
  },
  US: {
    en: [
      {
        channel: 'USPS Certified Mail with Return Receipt',
        advice:
          'Keep the mailing receipt with its tracking number; the signed return receipt ' +
          'comes back to you: keep it with a copy of the letter.',
      },
      {
        channel: 'Email',
        advice:
          'Send to the address the company publishes for complaints or billing disputes; ' +
          'keep the sent email and any reply.',
      },
    ],
    zh: [
      {
        channel: 'USPS 挂号信（Certified Mail，附回执）',
        advice: '保留带追踪号的收据；对方签收后回执寄回本人，与信件副本一起保存。',
      },
      { channel: '电子邮件', advice: '发往对方公布的投诉或账单争议邮箱，保留已发送邮件及回复。' },
    ],
  },
};

/** Proof-of-sending advice for a case's country, in the language asked for. */
export function proofOfSending(jurisdiction: Jurisdiction, language: Language): SendingAdvice[] {
  return ADVICE[jurisdiction][language];
}
