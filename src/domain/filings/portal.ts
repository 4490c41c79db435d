// Portal copy blocks: the case pre-formatted for the fields of a complaint portal (12315, 工信部 12300,
// 黑猫投诉, CFPB, FCC, a UK ombudsman), one block per field. Every sentence comes from the letter's own
// context (context.ts); a missing fact shows its placeholder. 黑猫投诉 is a public post: its blocks carry
// no personal data (no name, phone, email, address, account, order or ticket number).

import { provinceOf } from '../complaint/province';
import { buildContext, claimedTotal, type LetterContext, type LetterInput } from '../letter/context';
import * as en from '../letter/enParts';
import { formatMoney } from '../letter/money';
import { placeholder } from '../letter/placeholders';
import * as zh from '../letter/zhParts';

export type Portal = 'cn-12315' | 'cn-12300' | 'cn-heimao' | 'us-cfpb' | 'us-fcc' | 'gb-ombudsman';

export const PORTALS: readonly Portal[] = ['cn-12315', 'cn-12300', 'cn-heimao', 'us-cfpb', 'us-fcc', 'gb-ombudsman'];

export interface PortalField {
  key: string;
  /** The field's name as the portal's own form shows it. */
  label: string;
  value: string;
  /**
   * A default soft limit in characters, which the user can change: Proofpack's suggestion, and the panel says so.
   * No published limit was found for any of the six portals (searched 2026-11: 12315, 12300 and 黑猫投诉 pages,
   * the CFPB and FCC complaint help pages, UK ombudsman forms); a published one would be noted here with its source.
   */
  softLimit: number;
  /** The block is published: it must hold no personal data. */
  isPublic?: boolean;
}

/** Characters as a portal counts them: code points, so a CJK character or an emoji is one. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

const PROBLEM_ZH: Record<string, string> = {
  outage: '服务中断、无法使用',
  degraded: '服务质量下降',
  'billing-error': '计费收费问题',
  'refund-refused': '拒绝退款',
  'poor-service': '服务质量问题',
  other: '其他',
};

const third = (text: string, them: string): string => text.replaceAll('贵公司', them);
const thirdEn = (text: string): string =>
  text
    .replace(/\byour\b/g, 'the company’s')
    .replace(/\bYou\b/g, 'The company')
    .replace(/\byou\b/g, 'the company');

function zhStory(ctx: LetterContext, them: string): string {
  const service = ctx.service ? `“${ctx.service}”` : '其服务';
  const who = ctx.accountNumber ? `（用户账号 ${ctx.accountNumber}）` : '';
  const lead = `本人为${ctx.provider ?? them}${service}的用户${who}。`;
  const contacts = ctx.contacts.map((c) => zh.contactLine(c, ctx));
  return third([lead, ...zh.factParagraphs(ctx), zh.impactParagraph(ctx), ...contacts].filter(Boolean).join(''), them);
}

function zhDemands(ctx: LetterContext, them: string): string {
  const lines = zh.demandLines(ctx);
  return lines.length ? third(lines.join(''), them) : placeholder(ctx, 'demands');
}

function zhPriorContacts(ctx: LetterContext): string {
  if (!ctx.contacts.length && !ctx.firstComplaintDate) return placeholder(ctx, 'first-complaint');
  const lines = ctx.contacts.map((c) => zh.contactLine(c, ctx));
  const first = zh.firstComplaintDate(ctx, true);
  if (first && ctx.firstLetterDate) lines.push(`${first}，本人向其发出书面投诉${zh.ticketPhrase(ctx)}。`);
  return third(lines.join(''), '被申诉人');
}

function respondent(ctx: LetterContext): string {
  const name = ctx.providerLegalName ?? ctx.provider ?? placeholder(ctx, 'provider-legal-name');
  return `${name}，${ctx.providerAddress ?? placeholder(ctx, 'provider-address')}`;
}

function money(ctx: LetterContext): string {
  const total = claimedTotal(ctx);
  return total > 0 ? formatMoney(total, ctx.currency, ctx.lang) : placeholder(ctx, 'claimed-amount');
}

/** 黑猫投诉: only what the public may read; the story leaves out contacts (names, tickets) and the account. */
function heimao(ctx: LetterContext): PortalField[] {
  const name = ctx.provider ?? placeholder(ctx, 'provider-legal-name');
  const publicCtx = { ...ctx, accountNumber: undefined, contacts: [] };
  const story = third([...zh.factParagraphs(publicCtx), zh.impactParagraph(publicCtx)].filter(Boolean).join(''), name);
  const problem = PROBLEM_ZH[ctx.problem ?? 'other'] ?? '其他';
  const service = ctx.service ? `${ctx.service}` : '';
  const asks = ctx.demands.length ? zh.demandLines(publicCtx).join('') : placeholder(ctx, 'demands');
  return [
    { key: 'title', label: '标题', value: `${name}${service}${problem}`, softLimit: 30, isPublic: true },
    { key: 'respondent', label: '投诉对象', value: name, softLimit: 50, isPublic: true },
    { key: 'problem', label: '投诉问题', value: story, softLimit: 1000, isPublic: true },
    { key: 'demands', label: '投诉要求', value: third(asks, name), softLimit: 200, isPublic: true },
    { key: 'amount', label: '涉诉金额', value: money(ctx), softLimit: 20, isPublic: true },
  ];
}

function enStory(ctx: LetterContext): string {
  const lead = `I am a customer of ${ctx.provider ?? placeholder(ctx, 'provider-legal-name')}${
    ctx.service ? ` using ${ctx.service}` : ''
  }${ctx.accountNumber ? ` (account number ${ctx.accountNumber})` : ''}.`;
  const contacts = ctx.contacts.map((c) => en.contactLine(c, ctx));
  return thirdEn([lead, ...en.factParagraphs(ctx), en.impactParagraph(ctx), ...contacts].filter(Boolean).join(' '));
}

function enDemands(ctx: LetterContext): string {
  const lines = en.demandLines(ctx);
  return lines.length ? thirdEn(lines.join('\n')) : placeholder(ctx, 'demands');
}

const companyProvince = (ctx: LetterContext): string =>
  provinceOf(ctx.providerAddress)?.zh ?? placeholder(ctx, 'provider-address');

const company = (ctx: LetterContext): PortalField => ({
  key: 'company',
  label: 'Company',
  value: ctx.provider ?? placeholder(ctx, 'provider-legal-name'),
  softLimit: 100,
});

function fields(portal: Portal, ctx: LetterContext): PortalField[] {
  switch (portal) {
    case 'cn-12315':
      return [
        { key: 'respondent', label: '投诉对象/地址', value: respondent(ctx), softLimit: 100 },
        { key: 'kind', label: '消费类型', value: '服务', softLimit: 20 },
        { key: 'category', label: '问题类别', value: PROBLEM_ZH[ctx.problem ?? 'other'] ?? '其他', softLimit: 20 },
        { key: 'story', label: '投诉内容', value: zhStory(ctx, '被投诉方'), softLimit: 500 },
        { key: 'demands', label: '诉求', value: zhDemands(ctx, '被投诉方'), softLimit: 200 },
        {
          key: 'order',
          label: '订单号',
          value: ctx.orderNumber ?? ctx.accountNumber ?? placeholder(ctx, 'order-number'),
          softLimit: 50,
        },
      ];
    case 'cn-12300':
      return [
        // The appeal goes to the centre of the company's province (第九条): the portal asks for it first.
        { key: 'region', label: '被申诉企业所在省份', value: companyProvince(ctx), softLimit: 20 },
        { key: 'respondent', label: '被申诉人及地址', value: respondent(ctx), softLimit: 100 },
        { key: 'prior', label: '已向企业投诉的时间和工单号', value: zhPriorContacts(ctx), softLimit: 500 },
        { key: 'story', label: '申诉内容', value: zhStory(ctx, '被申诉人'), softLimit: 500 },
        { key: 'demands', label: '诉求', value: zhDemands(ctx, '被申诉人'), softLimit: 200 },
      ];
    case 'cn-heimao':
      return heimao(ctx);
    case 'us-cfpb':
    case 'us-fcc':
      return [
        company(ctx),
        {
          key: 'account',
          label: 'Account number',
          value: ctx.accountNumber ?? placeholder(ctx, 'order-number'),
          softLimit: 50,
        },
        { key: 'story', label: 'What happened', value: enStory(ctx), softLimit: 4000 },
        { key: 'resolution', label: 'What would be a fair resolution', value: enDemands(ctx), softLimit: 1000 },
      ];
    case 'gb-ombudsman':
      return [
        company(ctx),
        { key: 'story', label: 'What is your complaint about?', value: enStory(ctx), softLimit: 2000 },
        {
          key: 'first',
          label: 'When did you first complain to the company?',
          value: en.firstComplaintDate(ctx) ?? placeholder(ctx, 'first-complaint'),
          softLimit: 100,
        },
        { key: 'put-right', label: 'What would you like the company to do?', value: enDemands(ctx), softLimit: 1000 },
      ];
  }
}

const PORTAL_LANGUAGE = { CN: 'zh-CN', US: 'en-US', GB: 'en-GB' } as const;

/** The copy blocks for `portal`, with the placeholders they show for missing facts. */
export function portalFields(portal: Portal, input: LetterInput): { fields: PortalField[]; placeholders: string[] } {
  const country = portal.startsWith('cn') ? 'CN' : portal.startsWith('us') ? 'US' : 'GB';
  const ctx = buildContext({ ...input, facts: { ...input.facts } }, PORTAL_LANGUAGE[country]);
  return { fields: fields(portal, ctx), placeholders: ctx.placeholders };
}
