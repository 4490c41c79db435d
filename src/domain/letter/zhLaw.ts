// The Chinese letter's legal basis, computed claims and evidence list: provisions quoted word for word
// from the catalogue (verified text only), each tied to the facts of the case with its figures.

import { citationOf, provision, quotableText } from '../complaint/provisions';
import { type Demand, dueKeyFor, type LetterContext } from './context';
import { exhibitCaption, formatDateKey, formatDateTime, joinList } from './format';
import { formatHours, formatMoney } from './money';
import { placeholder } from './placeholders';

const ZH = 'zh-CN';
const dt = (ms: number, ctx: LetterContext): string => formatDateTime(ms, ctx.zone, ZH);
const money = (n: number, ctx: LetterContext): string => formatMoney(n, ctx.currency, 'zh');

/** 《电信条例》第三十二条 tied to the facts: when the fault was reported, the deadline, and how far it was missed. */
export function repairSentence(ctx: LetterContext, them = '贵公司'): string | null {
  const r = ctx.repair;
  if (!r) return null;
  const when = `${dt(r.reportedMs, ctx)}${ctx.repairFromFirstContact ? `（本人首次联系${them}报障之时）` : ''}`;
  const area = r.limitHours === 72 ? '农村' : '城镇';
  const due = `依上述规定，${them}应当自接到申告之日起 ${r.limitHours} 小时内（${area}），即${dt(r.dueMs, ctx)}前修复或者调通`;
  const outcome =
    r.restoredMs === null
      ? `截至本函发出时仍未修复，已超出期限 ${formatHours(r.overdueHours)} 小时`
      : r.overdueHours > 0
        ? `实际至${dt(r.restoredMs, ctx)}方才恢复，超出期限 ${formatHours(r.overdueHours)} 小时`
        : `服务于${dt(r.restoredMs, ctx)}恢复，未超出该期限`;
  const cause = ctx.terminalRuledOut
    ? `本次障碍并非本人电信终端设备的原因造成${ctx.triedSteps.length ? `（本人已${joinList(ctx.triedSteps, ZH)}）` : ''}。`
    : '';
  return `本人于${when}向${them}申告服务障碍。${due}；${outcome}。${cause}`;
}

/** 《电信用户申诉处理办法》第十条 quoted (verified text only), for an appeal whose prior complaint is on record. */
export function appealConditions(): string | null {
  const p = provision('cn-miit-appeal-10');
  const text = p ? quotableText(p) : undefined;
  return p && text ? `${citationOf(p, 'zh')}规定：“${text}”本申诉符合上述条件。` : null;
}

export function legalParagraph(ctx: LetterContext, them = '贵公司'): string | null {
  const items = ctx.legalBasis.flatMap((l) => {
    if (l.id === 'contract') return [`依照${l.citation}，${them}应当按照约定的内容提供服务。`];
    if (l.id === 'cn-telecom-32' && ctx.repair && ctx.repair.overdueHours === 0) return [];
    const quote = l.point ? `${l.citation}规定：“${l.point}”` : `本人援引${l.citation}。`;
    const tie =
      l.id === 'cn-telecom-32'
        ? (repairSentence(ctx, them) ?? `本人于${placeholder(ctx, 'fault-reported-at')}向${them}申告服务障碍。`)
        : l.id === 'cn-cpl-2' && ctx.consumerUse
          ? `本人系为生活消费需要接受${them}的服务。`
          : null;
    return [tie ? `${quote}${tie}` : quote];
  });
  if (!items.length) return null;
  return [...items, `综上，${them}应当依法承担相应的违约责任。`].join('\n');
}

/** The refund with its formula: `人民币 7.91 元（月租费 ¥99.00 × 57.5 小时 ÷ 720 小时）`. */
export function refundFigure(d: Demand, ctx: LetterContext): string {
  if (d.unreadable) return placeholder(ctx, 'amount-unreadable', d.unreadable);
  if (d.amount === undefined) return '';
  const p = ctx.proRata;
  if (!d.computed || !p) return money(d.amount, ctx);
  const formula = `月费 ${money(p.monthlyFee, ctx)} × 中断 ${formatHours(p.outageHours)} 小时 ÷ ${p.monthHours} 小时`;
  return `${money(d.amount, ctx)}（按${formula}计算）`;
}

const KIND_CAPTION: Record<string, string> = {
  screenshot: '页面截图',
  transcript: '在线客服聊天记录',
  selection: '网页内容摘录',
};

/** The evidence list: what each exhibit proves, capture time (marked as such), URL and SHA-256. */
export function evidenceLines(ctx: LetterContext): string[] {
  const lines = ctx.exhibits.map((x) => {
    const caption = exhibitCaption(x, KIND_CAPTION[x.kind] ?? '证据材料');
    return [
      `${x.number} ${caption}`,
      `   证明目的：${x.purpose ?? placeholder(ctx, 'exhibit-purpose')}`,
      `   采集时间：${dt(x.capturedAtMs, ctx)}（系采集时间，非事件发生时间）`,
      x.redactedAtMs !== undefined && `   遮盖处理时间：${dt(x.redactedAtMs, ctx)}`,
      x.url && `   网址：${x.url}`,
      x.sha256 && `   SHA-256：${x.sha256}`,
    ]
      .filter(Boolean)
      .join('\n');
  });
  if (!ctx.exhibits.some((x) => x.sha256)) return lines;
  const court = provision('cn-internet-court-11');
  const evidence = provision('cn-evidence-93-4');
  const cites = [court, evidence]
    .filter((p) => p?.status === 'verified')
    .map((p) => `${p?.instrument.zh}${p?.article.zh}`);
  const note = `上列电子数据均于采集时计算 SHA-256 哈希值，据此可以校验其在采集后是否被增加、删除或修改${cites.length ? `（参见${cites.join('、')}）` : ''}。`;
  return [...lines, note];
}

/** `即2026年11月17日前`. */
export function dueDate(ctx: LetterContext, days = ctx.replyDays): string {
  const key = days === ctx.replyDays ? ctx.replyDueKey : dueKeyFor(ctx, days);
  const due = formatDateKey(key ?? undefined, ZH);
  return due ? `（即${due}前）` : '';
}
