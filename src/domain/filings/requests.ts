// After the first letter: a payment-dispute request to the card issuer or payment platform, a
// request for the provider's records about the user, and advice on proving a letter was sent.
// Facts come from the letter's context; provisions from the catalogue (quoted only when verified).

import { citationOf, provision, quotableText } from '../complaint/provisions';
import { buildContext, claimedTotal, type LetterContext, type LetterInput } from '../letter/context';
import * as en from '../letter/enParts';
import { formatMoney } from '../letter/money';
import { placeholder } from '../letter/placeholders';
import * as zh from '../letter/zhParts';

export type PaymentMethod = 'us-credit' | 'us-debit' | 'gb-credit' | 'gb-debit' | 'cn-bank' | 'cn-alipay' | 'cn-wechat';
export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'us-credit',
  'us-debit',
  'gb-credit',
  'gb-debit',
  'cn-bank',
  'cn-alipay',
  'cn-wechat',
];

export interface FilingText {
  text: string;
  placeholders: string[];
  /** Catalogue ids of the provisions cited. */
  provisions: string[];
}

function cite(id: string, lang: 'zh' | 'en'): string {
  const p = provision(id);
  if (!p) throw new Error(`Provision ${id} is not in the catalogue`);
  return citationOf(p, lang);
}

const amountOf = (ctx: LetterContext): string => {
  const total = claimedTotal(ctx);
  return total > 0 ? formatMoney(total, ctx.currency, ctx.lang) : placeholder(ctx, 'claimed-amount');
};
const name = (ctx: LetterContext): string => ctx.provider ?? placeholder(ctx, 'provider-legal-name');

function enPaymentDispute(ctx: LetterContext, method: PaymentMethod): { text: string; provisions: string[] } {
  const first = en.firstComplaintDate(ctx);
  const tried = first
    ? `I complained to ${name(ctx)} on ${first}${en.ticketPhrase(ctx)}, without a satisfactory result.`
    : `I complained to ${name(ctx)} on ${placeholder(ctx, 'first-complaint')}, without a satisfactory result.`;
  const facts = en.factParagraphs(ctx).join(' ');
  const lead =
    `I dispute a payment of ${amountOf(ctx)} to ${name(ctx)}, made on ${placeholder(ctx, 'transaction-date')} ` +
    `with my card ending ${placeholder(ctx, 'card-number')}` +
    `${ctx.service ? ` for ${ctx.service}` : ''}. The service was not provided as agreed. ${facts}`;
  const ask: Record<string, [string, string[]]> = {
    'us-credit': [
      `This is a billing error within ${cite('us-fcba-1666', 'en')}${enQuote('us-fcba-1666', ctx)} ` +
        `Please treat this letter as my written notice of it and credit ${amountOf(ctx)}.`,
      ['us-fcba-1666'],
    ],
    'us-debit': [
      'Please raise a chargeback under your card scheme’s rules. Where this charge is an error within ' +
        `${cite('us-rege-1005-11', 'en')}, please treat this letter as notice of that error.`,
      ['us-rege-1005-11'],
    ],
    'gb-credit': [
      `Please raise a chargeback under your card scheme’s rules. Where ${cite('gb-cca-75', 'en')} applies, ` +
        `I also claim against you as jointly liable with ${name(ctx)} for its breach of contract.` +
        provides('gb-cca-75', ctx),
      ['gb-cca-75'],
    ],
    'gb-debit': ['Please raise a chargeback under your card scheme’s rules.', []],
  };
  const [askText, provisions] = ask[method] ?? ['', []];
  return { text: ['Dear Sir or Madam,', lead, tried, askText, 'Yours faithfully,'].join('\n\n'), provisions };
}

const ZH_CHANNEL: Record<string, [string, (ctx: LetterContext) => string]> = {
  'cn-bank': ['贵行', (ctx) => `银行卡（卡号后四位 ${placeholder(ctx, 'card-number')}）`],
  'cn-alipay': ['支付宝', (ctx) => `支付宝（交易单号 ${placeholder(ctx, 'payment-id')}）`],
  'cn-wechat': ['微信支付', (ctx) => `微信支付（交易单号 ${placeholder(ctx, 'payment-id')}）`],
};

function zhPaymentDispute(ctx: LetterContext, method: PaymentMethod): string {
  const [them, via] = ZH_CHANNEL[method] ?? ['贵方', () => ''];
  const payVia = via(ctx);
  const facts = zh.factParagraphs(ctx).join('').replaceAll('贵公司', name(ctx));
  const first = zh.firstComplaintDate(ctx);
  const tried = first
    ? `本人已于${first}向${name(ctx)}投诉${zh.ticketPhrase(ctx)}，未获妥善解决。`
    : `本人已于${placeholder(ctx, 'first-complaint')}向${name(ctx)}反映，未获妥善解决。`;
  const body = [
    `本人于${placeholder(ctx, 'transaction-date')}通过${payVia}向${name(ctx)}支付${amountOf(ctx)}` +
      `${ctx.service ? `，用于购买“${ctx.service}”` : ''}。${name(ctx)}未按约定提供服务。${facts}`,
    tried,
    `现请求${them}就该笔交易启动争议处理程序，协助追回上述款项。本人可提供付款凭证、与商家的沟通记录及相关截图。`,
  ];
  return `${them}：\n${body.join('\n\n')}`;
}

/** A dispute request to the card issuer (FCBA / Regulation E / chargeback / s.75) or 银行、支付宝、微信支付. */
export function paymentDispute(input: LetterInput, method: PaymentMethod): FilingText {
  const cn = method.startsWith('cn');
  const ctx = buildContext(input, cn ? 'zh-CN' : method.startsWith('us') ? 'en-US' : 'en-GB');
  if (cn) return { text: zhPaymentDispute(ctx, method), placeholders: ctx.placeholders, provisions: [] };
  const { text, provisions } = enPaymentDispute(ctx, method);
  return { text, placeholders: ctx.placeholders, provisions };
}

const WANTED = {
  zh: '本人账户的服务日志和故障记录、本人与贵公司客服的全部聊天记录、通话录音及工单处理记录',
  en:
    'the service and fault logs for my account, every chat record between me and ' +
    'your customer service, the recordings of my calls and the handling records of ' +
    'my tickets',
};

/** `《个人信息保护法》第四十五条…规定：“…”据此，` when verified, else the citation alone. */
function pipl45(): string {
  const p = provision('cn-pipl-45');
  const quoted = p ? quotableText(p) : undefined;
  return quoted ? `${cite('cn-pipl-45', 'zh')}规定：“${quoted}”据此，` : `依据${cite('cn-pipl-45', 'zh')}，`;
}

/** `, which provides: ‘…’` when the provision is verified, else `.` — never unverified words. */
function enQuote(id: string, ctx: LetterContext): string {
  const p = provision(id);
  const quoted = p ? quotableText(p) : undefined;
  return quoted ? `, which provides: ${en.quote(quoted, ctx)}` : '.';
}

/** ` That subsection provides: ‘…’` when verified, else nothing. */
function provides(id: string, ctx: LetterContext): string {
  const p = provision(id);
  const quoted = p ? quotableText(p) : undefined;
  return quoted ? ` That subsection provides: ${en.quote(quoted, ctx)}` : '';
}

/** A request for the provider's logs, chat records and recordings about the user. */
export function dataAccessRequest(input: LetterInput): FilingText {
  const probe = buildContext(input, 'en-GB');
  const cn = probe.jurisdiction === 'CN';
  const ctx = cn ? buildContext(input, 'zh-CN') : probe;
  const account = ctx.accountNumber;
  if (cn) {
    const ecl = provision('cn-ecl-62');
    const quoted = ecl ? quotableText(ecl) : undefined;
    const ecl62 = quoted
      ? `${cite('cn-ecl-62', 'zh')}规定：“${quoted}”据此，请贵公司一并提供与本争议有关的原始合同和交易记录。`
      : `依据${cite('cn-ecl-62', 'zh')}，请贵公司一并提供与本争议有关的原始合同和交易记录。`;
    const text = `${name(ctx)}：\n${[
      `本人为贵公司${ctx.service ? `“${ctx.service}”` : ''}用户${account ? `（用户账号 ${account}）` : ''}。` +
        `${pipl45()}本人请求查阅、复制贵公司处理的本人个人信息，包括${WANTED.zh}。`,
      `本人与贵公司之间的争议尚在处理中。${ecl62}`,
      '请以电子文件形式提供上述资料，并告知提供的时间和方式。',
    ].join('\n\n')}`;
    return { text, placeholders: ctx.placeholders, provisions: ['cn-pipl-45', 'cn-ecl-62'] };
  }
  const law = ctx.jurisdiction === 'EU' ? 'eu-gdpr-15' : ctx.jurisdiction === 'GB' ? 'gb-ukgdpr-15' : 'us-ccpa-110';
  const under = `I make this request under ${cite(law, 'en')}${enQuote(law, ctx)}`;
  const basis =
    law === 'us-ccpa-110'
      ? ctx.usState?.toLowerCase() === 'california'
        ? `As a California resident, ${under}`
        : 'I ask you to provide this under your privacy policy.'
      : under;
  const text = [
    'Dear Sir or Madam,',
    `I am a customer of ${name(ctx)}${account ? ` (account number ${account})` : ''}. ${basis}`,
    `Please send me a copy of the personal data you hold about me, including ${WANTED.en}.`,
    'Please send it in electronic form and tell me when I can expect it.',
    'Yours faithfully,',
  ].join('\n\n');
  return {
    text,
    placeholders: ctx.placeholders,
    provisions: law === 'us-ccpa-110' && !/California/.test(basis) ? [] : [law],
  };
}
