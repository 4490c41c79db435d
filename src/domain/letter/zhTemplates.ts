// The five Chinese letters. Company letters close with 此致 / 敬礼！; a regulator complaint follows
// the 投诉书 form (请求 / 事实与理由 / 证据清单) and closes with 此致 and the body's name.

import { daysBetween } from '../complaint/duration';
import { regulatorName } from '../complaint/regulators';
import { dateKeyAt } from '../zonedTime';
import { claimedTotal, type LetterContext, shorterDeadline } from './context';
import { section, sections } from './render';
import type { LetterSection } from './types';
import { placeholder } from './placeholders';
import { appealConditions, refundFigure } from './zhLaw';
import {
  attachmentLines,
  closing,
  contactDetails,
  contactLine,
  contactCount,
  contactList,
  demandLines,
  dt,
  factParagraphs,
  firstComplaintDate,
  greeting,
  impactParagraph,
  legalParagraph,
  money,
  nextStepParagraph,
  replyWindow,
  subject,
  ticketPhrase,
  whoIAm,
} from './zhParts';

export interface ZhLetter {
  title: string;
  sections: LetterSection[];
}

const attachments = (ctx: LetterContext, heading = '附件：'): LetterSection | null =>
  section('attachments', [attachmentLines(ctx).join('\n')], heading);

export function firstComplaint(ctx: LetterContext): ZhLetter {
  const s = subject(ctx);
  const demands = demandLines(ctx);
  const list = contactList(ctx);
  return {
    title: `关于${s}的正式投诉`,
    sections: sections([
      section('greeting', [greeting(ctx)]),
      section('complainant', [`${whoIAm(ctx)}。现就${s}一事向贵公司正式投诉。`]),
      section('facts', factParagraphs(ctx)),
      section('contacts', [list && `此前，${contactCount(ctx)}，但问题至今未获妥善处理，具体经过如下：`, list]),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx)]),
      section(
        'demands',
        demands.length ? ['为此，本人提出如下要求：', demands.join('\n')] : ['请贵公司尽快核实上述情况并妥善处理。'],
      ),
      section('deadline', [`请贵公司自收到本函之日起 ${replyWindow(ctx)}书面答复本人。`]),
      section('next-step', [nextStepParagraph(ctx)]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx)]),
    ]),
  };
}

function overdueSentences(ctx: LetterContext): string[] {
  return ctx.contacts
    .filter((c) => c.overdue && c.dueMs !== null)
    .map((c) => {
      const promise = c.entry.promise
        ?.replace(/\s+/g, ' ')
        .trim()
        .replace(/[。.，,；;：:！!\s]+$/u, '');
      return `贵公司曾于${dt(c.atMs, ctx)}承诺${promise ? `“${promise}”` : '限期处理'}，期限为${dt(c.dueMs ?? 0, ctx)}，但逾期未兑现。`;
    });
}

export function followUp(ctx: LetterContext): ZhLetter {
  const s = subject(ctx);
  const first = firstComplaintDate(ctx, true);
  const demands = demandLines(ctx);
  const since = first
    ? `本人已于${first}就${s}一事向贵公司提出投诉${ticketPhrase(ctx)}`
    : `本人已于${placeholder(ctx, 'first-complaint')}就${s}一事向贵公司提出投诉${ticketPhrase(ctx)}`;
  return {
    title: `关于${s}投诉的催办函`,
    sections: sections([
      section('greeting', [greeting(ctx)]),
      section('complainant', [`${whoIAm(ctx)}。`]),
      section('previous-complaint', [
        `${since}。截至本函发出之日，本人仍未收到贵公司的书面答复，问题亦未得到妥善解决。`,
        ...overdueSentences(ctx),
      ]),
      section('facts', factParagraphs(ctx).slice(0, 2)),
      section(
        'demands',
        demands.length ? ['现再次要求贵公司：', demands.join('\n')] : ['现再次要求贵公司尽快妥善处理本人的投诉。'],
      ),
      section('deadline', [`请贵公司务必自收到本函之日起 ${replyWindow(ctx, shorterDeadline(ctx))}书面答复本人。`]),
      section('next-step', [nextStepParagraph(ctx, true)]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx)]),
    ]),
  };
}

export function managerEscalation(ctx: LetterContext): ZhLetter {
  const s = subject(ctx);
  const first = firstComplaintDate(ctx);
  const list = contactList(ctx);
  const history = list
    ? `${first ? `自${first}起，` : ''}${contactCount(ctx)}${ticketPhrase(ctx)}，但问题至今未获解决，具体经过如下：`
    : `本人已于${firstComplaintDate(ctx, true) ?? placeholder(ctx, 'first-complaint')}就${s}一事向贵公司反映，但问题至今未获解决。`;
  const asks = ['指定专人负责处理本投诉，并告知本人其姓名及联系方式', '就本投诉作出书面最终处理意见'];
  return {
    title: `关于${s}的升级投诉`,
    sections: sections([
      section('greeting', [greeting(ctx, true)]),
      section('complainant', [`${whoIAm(ctx)}。`]),
      section('facts', factParagraphs(ctx)),
      section('contacts', [history, list]),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx)]),
      section('demands', [
        '鉴于一线客服渠道未能解决问题，现特向贵部门提出升级投诉，请求贵公司：',
        demandLines(ctx, asks).join('\n'),
      ]),
      section('deadline', [`请贵公司自收到本函之日起 ${replyWindow(ctx)}书面答复本人。`]),
      section('next-step', [nextStepParagraph(ctx)]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx)]),
    ]),
  };
}

/** 第十二条（一）: an appeal states the appellant's address, phone number and postcode; missing ones are shown. */
function appellantContacts(ctx: LetterContext): string[] {
  const { phone, address } = ctx.complainant;
  const postcode = address?.match(/(?<!\d)\d{6}(?!\d)/)?.[0];
  return [
    `联系电话：${phone ?? placeholder(ctx, 'complainant-phone')}`,
    `通讯地址：${address ?? placeholder(ctx, 'complainant-address')}`,
    ...(postcode ? [] : [`邮政编码：${placeholder(ctx, 'complainant-postcode')}`]),
  ];
}

export function regulatorComplaint(ctx: LetterContext): ZhLetter {
  const miit = ctx.regulator.id === 'cn-miit-12300';
  const [me, them] = miit ? ['申诉人', '被申诉人'] : ['投诉人', '被投诉人'];
  const asRespondent = (text: string): string => text.replaceAll('贵公司', them);
  const c = ctx.complainant;
  const first = firstComplaintDate(ctx);
  const firstKey = ctx.firstComplaintDate ?? null;
  const elapsed = firstKey ? daysBetween(firstKey, dateKeyAt(ctx.now, ctx.zone)) : null;
  const waited = elapsed !== null && elapsed >= ctx.regulator.waitDays && ctx.regulator.waitDays > 0;
  const prior = first
    ? `本人已于${first}就上述问题向${them}投诉${ticketPhrase(ctx)}，${
        waited
          ? `至今已逾 ${ctx.regulator.waitDays} 日，${them}仍未作出令本人满意的答复。`
          : `但${them}的处理结果未能令本人满意。`
      }`
    : `本人已于${placeholder(ctx, 'first-complaint')}向${them}反映上述问题，但未获妥善解决。`;
  const demands = demandLines(ctx);
  const s = subject(ctx);
  return {
    title: `关于${s}的${miit ? '申诉书' : '投诉书'}`,
    sections: sections([
      section('complainant', [
        [
          `${me}：${c.name ?? placeholder(ctx, 'complainant-name')}`,
          ...(miit ? appellantContacts(ctx) : [c.phone && `联系电话：${c.phone}`]),
          c.email && `电子邮箱：${c.email}`,
          !miit && c.address && `通讯地址：${c.address}`,
          ctx.accountNumber && `用户账号：${ctx.accountNumber}`,
          ctx.orderNumber && `订单号：${ctx.orderNumber}`,
        ]
          .filter(Boolean)
          .join('\n'),
      ]),
      section('respondent', [
        [
          `${them}：${ctx.providerLegalName ?? placeholder(ctx, 'provider-legal-name')}`,
          ctx.provider && ctx.provider !== ctx.providerLegalName && `简称或品牌：${ctx.provider}`,
          `${them}地址：${ctx.providerAddress ?? placeholder(ctx, 'provider-address')}`,
          ctx.service && `涉及业务：${ctx.service}`,
          ctx.providerPhone && `客服电话：${ctx.providerPhone}`,
          ctx.providerWebsite && `网址：${ctx.providerWebsite}`,
        ]
          .filter(Boolean)
          .join('\n'),
      ]),
      section(
        'demands',
        [(demands.length ? demands : demandLines(ctx, [`督促${them}依法妥善处理本人的投诉`])).join('\n')],
        `${miit ? '申诉' : '投诉'}请求：`,
      ),
      section('facts', factParagraphs(ctx).map(asRespondent), '事实与理由：'),
      section('previous-complaint', [
        miit && first ? `${prior}${appealConditions() ?? ''}` : prior,
        ctx.contacts.map((line, i) => `${i + 1}. ${asRespondent(contactLine(line, ctx))}`).join('\n'),
      ]),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx)?.replaceAll('贵公司', them)]),
      attachments(ctx, '证据清单：'),
      section('closing', [
        closing(ctx, me, regulatorName(ctx.regulator, 'zh', ctx.usState, ctx.adrScheme, ctx.providerAddress)),
      ]),
    ]),
  };
}

const COMPENSATION_LABEL = { direct: '经济损失赔偿', 'lost-earnings': '可得收入损失赔偿' } as const;

export function letterBeforeAction(ctx: LetterContext): ZhLetter {
  const s = subject(ctx);
  const total = claimedTotal(ctx);
  const breakdown = ctx.demands
    .filter(
      (d) =>
        (d.kind === 'refund' || d.kind === 'compensation') && (d.amount !== undefined || d.unreadable !== undefined),
    )
    .map(
      (d, i) =>
        `${i + 1}. ${d.kind === 'refund' ? '应退还的服务费用' : COMPENSATION_LABEL[ctx.lossKind ?? 'direct']}：` +
        refundFigure(d, ctx),
    );
  const regulatorContacted = ctx.regulatorContacts.length > 0;
  const court = ctx.jurisdiction === 'CN' ? '依法向有管辖权的人民法院提起诉讼' : '依法向有管辖权的法院提起诉讼';
  const start = firstComplaintDate(ctx);
  const history = ctx.contacts.length
    ? `${start ? `自${start}起，` : ''}${contactCount(ctx)}${ticketPhrase(ctx)}`
    : `本人已于${start ?? placeholder(ctx, 'first-complaint')}就此事向贵公司投诉${ticketPhrase(ctx)}`;
  const demands = demandLines(ctx);
  return {
    title: `关于${s}的催告函`,
    sections: sections([
      section('greeting', [ctx.provider ? `致${ctx.provider}：` : '致贵公司：']),
      section('complainant', [`${whoIAm(ctx)}。现就${s}一事正式致函贵公司。`]),
      section('previous-complaint', [
        `${history}${regulatorContacted ? '，并已向监管部门反映' : ''}，但贵公司至今未予妥善解决。`,
      ]),
      section('facts', factParagraphs(ctx)),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx)]),
      section('claim', [
        total > 0 &&
          `据此，贵公司应向本人支付款项共计${/^\d/.test(money(total, ctx)) ? ' ' : ''}${money(total, ctx)}，计算方式如下：`,
        breakdown.length > 0 && breakdown.join('\n'),
      ]),
      section(
        'demands',
        demands.length ? ['本人要求贵公司：', demands.join('\n')] : ['本人要求贵公司依法承担相应责任。'],
      ),
      section('deadline', [`请贵公司自收到本函之日起 ${replyWindow(ctx)}履行上述义务，并书面答复本人。`]),
      section('next-step', [
        `本人仍愿意通过消费者协会调解等方式协商解决本争议。如贵公司逾期仍不履行，本人将不再另行通知，${court}，由此产生的一切法律后果由贵公司承担。`,
      ]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx, '催告人')]),
    ]),
  };
}
