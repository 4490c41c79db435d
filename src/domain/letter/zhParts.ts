// Building blocks of a Chinese complaint letter, written as formal 书面语 rather than translated
// from the English. Each returns null (or []) when the case has nothing to say for that part.

import type { ContactChannel } from '../complaint/contacts';
import { formatDuration } from '../complaint/duration';
import type { ProblemType } from '../complaint/facts';
import { regulatorName } from '../complaint/regulators';
import type { ContactLine, Demand, LetterContext } from './context';
import { addCalendarDays } from '../complaint/duration';
import { dateKeyAt } from '../zonedTime';
import {
  formatDate,
  formatDateKey,
  formatDateTime,
  isStaffId,
  joinList,
  mentionsAmount,
  numberedList,
  zhTimes,
  zoneLabel,
} from './format';
import { formatHours, formatMoney } from './money';
import { placeholder } from './placeholders';
import { dueDate, evidenceLines, refundFigure } from './zhLaw';

const ZH = 'zh-CN';

export const dt = (ms: number, ctx: LetterContext): string => formatDateTime(ms, ctx.zone, ZH);
export const day = (ms: number, ctx: LetterContext): string => formatDate(ms, ctx.zone, ZH);
export const money = (amount: number, ctx: LetterContext): string => formatMoney(amount, ctx.currency, 'zh');

/** Chinese runs straight into `人民币…` but takes a space before a bare figure. */
const withAmount = (text: string, d: Demand, ctx: LetterContext): string => {
  const m = refundFigure(d, ctx);
  if (!m) return text;
  return /^\d/.test(m) ? `${text} ${m}` : `${text}${m}`;
};

const PROBLEM_NOUN: Record<ProblemType, string> = {
  outage: '服务中断',
  degraded: '服务质量严重下降',
  'billing-error': '错误扣费',
  'refund-refused': '拒绝退款',
  'poor-service': '服务质量问题',
  other: '服务问题',
};

/** `天翼云电脑服务中断`: what the complaint is about, for titles and "就…一事". */
export function subject(ctx: LetterContext): string {
  const noun = PROBLEM_NOUN[ctx.problem ?? 'other'];
  const who = ctx.service ?? ctx.provider;
  if (!who) return noun;
  return noun.startsWith('服务') && who.endsWith('服务') ? `${who}${noun.slice(2)}` : `${who}${noun}`;
}

/** `尊敬的××客户服务部：`; a manager letter goes to the department's head. */
export function greeting(ctx: LetterContext, toManager = false): string {
  if (!ctx.provider) return '尊敬的客户服务部负责人：';
  return `尊敬的${ctx.provider}客户服务部${toManager ? '负责人' : ''}：`;
}

/** `本人张伟，系贵公司“天翼云电脑”用户，账号为 1890000…` (no closing punctuation). */
export function whoIAm(ctx: LetterContext): string {
  const refs = [
    ctx.accountNumber && `账号为 ${ctx.accountNumber}`,
    ctx.orderNumber && `订单号为 ${ctx.orderNumber}`,
    ctx.contractNumber && `合同编号为 ${ctx.contractNumber}`,
  ].filter(Boolean);
  const user = ctx.service ? `系贵公司“${ctx.service}”用户` : '系贵公司用户';
  const me = ctx.complainant.name ? `本人${ctx.complainant.name}，${user}` : `本人${user}`;
  return [me, ...refs].join('，');
}

const OPENING: Record<ProblemType, (service: string) => string> = {
  outage: (s) => `本人使用的${s}无法正常使用`,
  degraded: (s) => `本人使用的${s}运行明显异常，性能严重下降`,
  'billing-error': () => '贵公司向本人收取了与约定不符的费用',
  'refund-refused': () => '本人向贵公司申请退款，但遭到拒绝',
  'poor-service': () => '本人在接受贵公司服务的过程中遇到问题',
  other: () => '本人在使用贵公司服务的过程中遇到问题',
};

const LASTING: ProblemType[] = ['outage', 'degraded', 'poor-service', 'other'];

/** The facts in date order: start (with the zone once), symptoms, end or "still ongoing", duration, what was tried. */
export function factParagraphs(ctx: LetterContext): string[] {
  const problem = ctx.problem ?? 'other';
  const service = ctx.service ? `“${ctx.service}”` : '贵公司的服务';
  const lasting = LASTING.includes(problem);
  let first = OPENING[problem](service);
  if (ctx.startMs !== null) {
    first = `${dt(ctx.startMs, ctx)}（${zoneLabel(ctx.startMs, ctx.zone, ZH)}，下同）${lasting ? '起' : ''}，${first}`;
  } else {
    first = `近期，${first}`;
  }
  if (ctx.symptoms) first += `，具体表现为：${ctx.symptoms}`;
  if (ctx.errorCodes.length) first += `，系统提示错误代码 ${ctx.errorCodes.join('、')}`;
  const paragraphs = [`${first}。`];
  const span = ctx.span;
  if (span && lasting) {
    const duration = formatDuration(span.durationMs, 'zh');
    const what = problem === 'outage' ? '服务中断' : '问题持续';
    // A service recovers; a problem is resolved.
    const service = problem === 'outage' || problem === 'degraded';
    paragraphs.push(
      span.ongoing
        ? `截至本函发出时（${dt(ctx.now, ctx)}），${problem === 'outage' ? '服务仍未恢复' : '问题仍未解决'}，${what}时间已达 ${duration}。`
        : `${service ? '服务' : '该问题'}直至${dt(span.endMs, ctx)}方才${service ? '恢复正常' : '得到解决'}，${what}时间共计 ${duration}。`,
    );
  }
  if (ctx.triedSteps.length) paragraphs.push(`为排除问题，本人已自行尝试${joinList(ctx.triedSteps, ZH)}，均未奏效。`);
  return paragraphs;
}

const CHANNEL: Record<ContactChannel, (ctx: LetterContext) => string> = {
  phone: (ctx) => (ctx.providerPhone ? `致电贵公司客服热线 ${ctx.providerPhone}` : '致电贵公司客服热线'),
  chat: () => '通过在线客服联系贵公司',
  email: () => '发送电子邮件向贵公司反映',
  app: () => '通过贵公司 App 客服渠道反映',
  'in-person': () => '前往贵公司营业网点反映',
  'social-media': () => '通过贵公司官方社交媒体账号反映',
  regulator: () => '向监管部门反映',
};

/** One contact: `2026年11月20日 09:40，本人致电…，客服工号 8823，工单号为 TK-…。对方承诺…，但逾期未兑现。` */
export function contactLine(line: ContactLine, ctx: LetterContext): string {
  const e = line.entry;
  const agent = e.agent?.trim();
  const ticket = e.ticket?.trim();
  let text = `${dt(line.atMs, ctx)}，本人${CHANNEL[e.channel](ctx)}`;
  if (agent) text += isStaffId(agent) ? `，客服工号 ${agent}` : `，接待人员为${agent}`;
  if (ticket) text += `，工单号为 ${ticket}`;
  text += '。';
  const summary = e.summary
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/[。.，,；;：:！!\s]+$/u, '');
  if (summary) text += `沟通情况：${summary}。`;
  const promise = e.promise
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/[。.，,；;：:！!\s]+$/u, '');
  if (promise || line.dueMs !== null) {
    text += promise ? `对方承诺“${promise}”` : '对方承诺限期处理';
    if (line.dueMs !== null) text += `，期限为${dt(line.dueMs, ctx)}`;
    text += line.overdue ? '，但逾期未兑现。' : e.promiseKept ? '，已兑现。' : '。';
  }
  return text;
}

export function contactList(ctx: LetterContext): string | null {
  if (!ctx.contacts.length) return null;
  return ctx.contacts.map((c, i) => `${i + 1}. ${contactLine(c, ctx)}`).join('\n');
}

const LOSS: Record<'direct' | 'lost-earnings' | 'unknown', string> = {
  direct: '造成直接经济损失',
  'lost-earnings': '损失可得收入',
  unknown: '造成经济损失',
};

export function impactParagraph(ctx: LetterContext): string | null {
  const moneyText = ctx.moneyLostUnreadable
    ? placeholder(ctx, 'amount-unreadable', ctx.moneyLostUnreadable)
    : ctx.moneyLost !== null && !mentionsAmount(ctx.impactDescription, ctx.moneyLost)
      ? money(ctx.moneyLost, ctx)
      : null;
  const losses = [
    ctx.hoursLost !== null && `损失工作时间约 ${formatHours(ctx.hoursLost)} 小时`,
    moneyText && `${LOSS[ctx.lossKind ?? 'unknown']}${/^\d/.test(moneyText) ? ' ' : ''}${moneyText}`,
  ].filter(Boolean);
  if (!losses.length && !ctx.impactDescription) return null;
  const effect = ctx.impactDescription
    ? `上述问题给本人造成了影响：${ctx.impactDescription}。`
    : '上述问题给本人的工作和生活造成了影响';
  if (!losses.length) return effect;
  return ctx.impactDescription
    ? `${effect}此外，本人因此${losses.join('，')}。`
    : `${effect}，本人因此${losses.join('，')}。`;
}

export { legalParagraph } from './zhLaw';

function demandText(d: Demand, ctx: LetterContext): string {
  const problem = ctx.problem ?? 'other';
  const span = ctx.span;
  switch (d.kind) {
    case 'restore':
      return span && !span.ongoing ? '采取有效措施，确保服务此后稳定可用' : '立即排除故障，恢复服务的正常使用';
    case 'refund': {
      if (problem === 'billing-error') return withAmount('退还多收取的费用', d, ctx);
      if (problem !== 'outage' && problem !== 'degraded') return withAmount('退还本人已支付的服务费用', d, ctx);
      const period = span
        ? span.ongoing
          ? `自${day(span.startMs, ctx)}起`
          : `${day(span.startMs, ctx)}至${day(span.endMs, ctx)}`
        : '';
      return withAmount(`退还${period}服务${problem === 'outage' ? '中断' : '异常'}期间的服务费用`, d, ctx);
    }
    case 'compensation':
      return withAmount(
        ctx.lossKind === 'lost-earnings' ? '赔偿因此给本人造成的可得收入损失' : '赔偿因此给本人造成的经济损失',
        d,
        ctx,
      );
    case 'explanation':
      return problem === 'outage' || problem === 'degraded'
        ? '就本次故障的原因及处理经过向本人作出书面说明'
        : '就此事向本人作出书面说明';
    case 'improvement':
      return '采取切实措施改进服务，避免类似问题再次发生';
    case 'record':
      return '将本次投诉正式登记在案，并告知本人投诉编号';
    case 'other':
      return d.text ?? '';
  }
}

/** `一、…；二、…。` or [] when the user asked for nothing. */
export function demandLines(ctx: LetterContext, extra: string[] = []): string[] {
  return numberedList([...extra, ...ctx.demands.map((d) => demandText(d, ctx))], ZH);
}

export function replyWindow(ctx: LetterContext, days = ctx.replyDays): string {
  const window = ctx.jurisdiction === 'CN' ? `${days} 个工作日内` : `${days} 日内`;
  return `${window}${dueDate(ctx, days)}`;
}

/** The body's name, or a placeholder when the user must name it (a UK provider's own ADR scheme). */
export function regulatorBody(ctx: LetterContext): string {
  const rule = ctx.regulator;
  if (rule.userNamesBody && !ctx.adrScheme && rule.id !== 'gb-adr') return placeholder(ctx, 'adr-scheme');
  const name = regulatorName(rule, 'zh', ctx.usState, ctx.adrScheme, ctx.providerAddress);
  return rule.phone ? `${name}（${rule.phone}）` : name;
}

/** `向上海市电信用户申诉受理机构（12300）提出申诉` (a verb phrase: callers write `本人将…`). */
export function regulatorAction(ctx: LetterContext): string {
  const rule = ctx.regulator;
  const body = regulatorBody(ctx);
  if (rule.id === 'cn-miit-12300') return `向${body}提出申诉`;
  if (rule.jurisdiction === 'CN') return `向${body}投诉`;
  return `把本争议提交${body}处理`;
}

/** `YYYY-MM-DD` from which the body takes the case (waiting period after the first complaint), or null. */
export function regulatorOpensKey(ctx: LetterContext): string | null {
  const wait = ctx.regulator.waitDays;
  if (!wait) return null;
  if (ctx.regulator.deadlockOpens && ctx.deadlockDate) return null;
  const first = ctx.firstComplaintDate ?? dateKeyAt(ctx.now, ctx.zone);
  const opens = addCalendarDays(first, wait);
  return opens && opens > dateKeyAt(ctx.now, ctx.zone) ? opens : null;
}

/** `本人将于2026年12月5日起向…提出申诉`: never sooner than the body takes the case. */
export function nextStepParagraph(ctx: LetterContext, noNotice = false): string {
  const opens = regulatorOpensKey(ctx);
  const when = opens ? `于${formatDateKey(opens, ZH)}起` : noNotice ? '不再另行通知，直接' : '';
  return `如贵公司逾期未予答复，或答复结果不能令本人满意，本人将${when}${regulatorAction(ctx)}，并保留通过诉讼等法律途径维护自身合法权益的权利。`;
}

export function contactDetails(ctx: LetterContext): string | null {
  const c = ctx.complainant;
  const ways = [
    c.phone && `电话 ${c.phone}`,
    c.email && `电子邮箱 ${c.email}`,
    c.address && `通讯地址 ${c.address}`,
  ].filter(Boolean);
  return ways.length ? `如需核实情况，请通过以下方式与本人联系：${ways.join('，')}。` : null;
}

export const attachmentLines = evidenceLines;

/** `此致` / `敬礼！` (or the addressee), then signer, phone and date. */
export function closing(ctx: LetterContext, signer = '投诉人', addressee = '敬礼！'): string {
  const lines = ['　　此致', addressee, ''];
  if (ctx.complainant.name) lines.push(`${signer}：${ctx.complainant.name}`);
  if (ctx.complainant.phone) lines.push(`联系电话：${ctx.complainant.phone}`);
  lines.push(formatDate(ctx.now, ctx.zone, ZH));
  return lines.join('\n');
}

/** `2026年11月20日`: the earliest complaint, or with `letter` the first written complaint when there is one. */
export function firstComplaintDate(ctx: LetterContext, letter = false): string | null {
  const key = letter ? (ctx.firstLetterDate ?? ctx.firstComplaintDate) : ctx.firstComplaintDate;
  return key ? formatDateKey(key, ZH) : null;
}

/** `（工单号：TK-1，2026年11月3日登记；TK-2）`: each ticket with the day it was raised, never re-dated. */
export function ticketPhrase(ctx: LetterContext): string {
  if (!ctx.tickets.length) return '';
  const list = ctx.tickets.map((t) => (t.atMs === undefined ? t.ticket : `${t.ticket}，${day(t.atMs, ctx)}登记`));
  return `（工单号：${list.join('；')}）`;
}

/** `本人已就此事先后两次与贵公司联系` / `…与贵公司联系` (never a count of one, never a count nobody logged). */
export function contactCount(ctx: LetterContext, them = '贵公司'): string {
  const n = ctx.contacts.length;
  return n > 1 ? `本人已就此事先后${zhTimes(n)}与${them}联系` : `本人已就此事与${them}联系`;
}
