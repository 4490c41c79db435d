// Building blocks of an English complaint letter. en-GB and en-EU write `20 November 2026 at 09:15`,
// ‘single quotes’ and `Yours faithfully`; en-US writes `November 20, 2026 at 9:15 AM`, “double quotes”, `Sincerely`.

import type { ContactChannel } from '../complaint/contacts';
import { addCalendarDays, formatDuration } from '../complaint/duration';
import type { ProblemType } from '../complaint/facts';
import { regulatorName } from '../complaint/regulators';
import { dateKeyAt } from '../zonedTime';
import type { ContactLine, Demand, LetterContext } from './context';
import { clause, formatDate, formatDateKey, isStaffId, joinList, mentionsAmount, numberedList } from './format';
import { amountFigure, dt, dueDate, evidenceLines, refundFormula } from './enLaw';
import { formatHours, formatMoney } from './money';
import { placeholder } from './placeholders';
import { cap, period } from './enWords';

export { aboutTheCompany, cap, period, times } from './enWords';

export const money = (amount: number, ctx: LetterContext): string => formatMoney(amount, ctx.currency, 'en');
export const day = (ms: number, ctx: LetterContext): string => formatDate(ms, ctx.zone, ctx.language);
/** A date with more of the sentence after it: American style closes the year with a comma. */
export const dayBefore = (ms: number, ctx: LetterContext): string =>
  `${day(ms, ctx)}${ctx.language === 'en-US' ? ',' : ''}`;

export { dt };

export function quote(text: string, ctx: LetterContext): string {
  return ctx.language === 'en-US' ? `“${text}”` : `‘${text}’`;
}

const NOUN: Record<ProblemType, string> = {
  outage: 'service outage',
  degraded: 'degraded service',
  'billing-error': 'billing error',
  'refund-refused': 'refused refund',
  'poor-service': 'poor service',
  other: 'service problem',
};

export function title(ctx: LetterContext, lead: string): string {
  const who = ctx.service ?? ctx.provider;
  const ref = ctx.accountNumber ?? ctx.orderNumber ?? ctx.contractNumber;
  return `${lead}: ${NOUN[ctx.problem ?? 'other']}${who ? ` – ${who}` : ''}${ref ? `, account ${ref}` : ''}`;
}

const service = (ctx: LetterContext): string => ctx.service ?? 'your service';

/** `the outage of Example Cloud PC`, for "a formal complaint about …". */
export function subject(ctx: LetterContext): string {
  const s = service(ctx);
  const phrases: Record<ProblemType, string> = {
    outage: `the outage of ${s}`,
    degraded: `the degraded performance of ${s}`,
    'billing-error': 'an incorrect charge to my account',
    'refund-refused': 'your refusal to give me a refund',
    'poor-service': `the poor standard of ${s}`,
    other: `a problem with ${s}`,
  };
  return phrases[ctx.problem ?? 'other'];
}

export function heading(ctx: LetterContext, office = 'Customer Services'): string {
  const to = ctx.provider
    ? `${ctx.provider}, ${ctx.language === 'en-US' ? office.replace('Services', 'Service') : office}`
    : null;
  return [formatDate(ctx.now, ctx.zone, ctx.language), to].filter(Boolean).join('\n');
}

export function greeting(ctx: LetterContext, toManager = false): string {
  if (ctx.language === 'en-US')
    return toManager
      ? 'Dear Customer Service Manager:'
      : `Dear ${ctx.provider ? `${ctx.provider} ` : ''}Customer Service Team:`;
  return toManager ? 'Dear Customer Services Manager,' : 'Dear Sir or Madam,';
}

export function signOff(ctx: LetterContext): string {
  return ctx.language === 'en-US' ? 'Sincerely,' : 'Yours faithfully,';
}

export function whoIAm(ctx: LetterContext): string {
  const refs = [
    ctx.accountNumber && `account number ${ctx.accountNumber}`,
    ctx.orderNumber && `order number ${ctx.orderNumber}`,
    ctx.contractNumber && `contract number ${ctx.contractNumber}`,
  ].filter((r): r is string => Boolean(r));
  const me = ctx.complainant.name
    ? `My name is ${ctx.complainant.name} and I am a customer of yours`
    : 'I am a customer of yours';
  const using = ctx.service ? ` using ${ctx.service}` : '';
  return `${me}${using}${refs.length ? ` (${joinList(refs, ctx.language)})` : ''}.`;
}

const OPENING: Record<ProblemType, (ctx: LetterContext) => string> = {
  outage: (ctx) => `${service(ctx)} stopped working`,
  degraded: (ctx) => `${service(ctx)} became so slow and unreliable that I could not use it properly`,
  'billing-error': () => 'you charged my account an amount that does not match our agreement',
  'refund-refused': () => 'I asked you for a refund, which you refused',
  'poor-service': () => 'I received a poor standard of service from you',
  other: (ctx) => `I experienced a problem with ${service(ctx)}`,
};

const LASTING: ProblemType[] = ['outage', 'degraded', 'poor-service', 'other'];

export function factParagraphs(ctx: LetterContext): string[] {
  const problem = ctx.problem ?? 'other';
  let first = `${ctx.startMs !== null ? `On ${dt(ctx.startMs, ctx)}` : 'Recently'}, ${OPENING[problem](ctx)}`;
  if (ctx.symptoms) first += `. The symptoms were: ${ctx.symptoms}`;
  if (ctx.errorCodes.length)
    first +=
      `${ctx.symptoms ? '; the' : ', and the'} error ` +
      `${ctx.errorCodes.length > 1 ? 'codes shown were' : 'code shown was'} ${joinList(ctx.errorCodes, ctx.language)}`;
  const paragraphs = [`${first}.`];
  const span = ctx.span;
  if (span && LASTING.includes(problem)) {
    const what = problem === 'outage' ? 'outage' : 'problem';
    const duration = formatDuration(span.durationMs, 'en');
    const notYet =
      problem === 'outage' ? 'the service has still not been restored' : 'the problem has not been resolved';
    paragraphs.push(
      span.ongoing
        ? `As of the date of this letter (${dt(ctx.now, ctx)}), ${notYet}; the ${what} has lasted ${duration} so far.`
        : `The ${what} lasted until ${dt(span.endMs, ctx)}: ${duration} in total.`,
    );
  }
  if (ctx.triedSteps.length)
    paragraphs.push(
      `I have already tried the following: ${joinList(ctx.triedSteps, ctx.language)}. ` +
        'None of this resolved the problem.',
    );
  return paragraphs;
}

const CHANNEL: Record<ContactChannel, (ctx: LetterContext) => string> = {
  // American English calls `at` a number, British `on` one.
  phone: (ctx) =>
    ctx.providerPhone
      ? `called your customer service line ${ctx.language === 'en-US' ? 'at' : 'on'} ${ctx.providerPhone}`
      : 'called your customer service line',
  chat: () => 'contacted you through your online chat',
  email: () => 'emailed you',
  app: () => 'contacted you through your app',
  'in-person': () => 'raised the matter in person at your branch',
  'social-media': () => 'contacted you through your social media account',
  regulator: () => 'complained to the regulator',
};

export function contactLine(line: ContactLine, ctx: LetterContext): string {
  const e = line.entry;
  const agent = clause(e.agent);
  const ticket = clause(e.ticket);
  let text = `On ${dt(line.atMs, ctx)}, I ${CHANNEL[e.channel](ctx)}`;
  if (agent) text += `; I dealt with ${isStaffId(agent) ? `agent ID ${agent}` : agent}`;
  if (ticket) text += `; the ticket number is ${ticket}`;
  text += '.';
  const summary = clause(e.summary);
  if (summary) text += ` Outcome: ${summary}.`;
  const promise = clause(e.promise);
  if (promise || line.dueMs !== null) {
    text += promise ? ` You promised ${quote(promise, ctx)}` : ' You promised to deal with the matter';
    if (line.dueMs !== null) text += ` by ${dt(line.dueMs, ctx)}`;
    text += line.overdue ? ', but did not keep this promise.' : e.promiseKept ? ', and did so.' : '.';
  }
  return text;
}

export function contactList(ctx: LetterContext): string | null {
  return ctx.contacts.length ? ctx.contacts.map((c, i) => `${i + 1}. ${contactLine(c, ctx)}`).join('\n') : null;
}

const LOSS = {
  direct: 'in direct financial loss',
  'lost-earnings': 'in lost earnings',
  unknown: 'in financial loss',
} as const;

export function impactParagraph(ctx: LetterContext): string | null {
  const figure = ctx.moneyLostUnreadable
    ? placeholder(ctx, 'amount-unreadable', ctx.moneyLostUnreadable)
    : ctx.moneyLost !== null && !mentionsAmount(ctx.impactDescription, ctx.moneyLost)
      ? money(ctx.moneyLost, ctx)
      : null;
  const losses = [
    ctx.hoursLost !== null && `about ${formatHours(ctx.hoursLost)} hours of working time`,
    figure && `${figure} ${LOSS[ctx.lossKind ?? 'unknown']}`,
  ].filter((l): l is string => Boolean(l));
  if (!losses.length && !ctx.impactDescription) return null;
  const parts = ctx.impactDescription ? ['This affected me as follows.', `${cap(ctx.impactDescription)}.`] : [];
  if (losses.length)
    parts.push(`As a result${parts.length ? '' : ' of this'}, I have lost ${joinList(losses, ctx.language)}.`);
  return parts.join(' ');
}

export { legalParagraph } from './enLaw';

function demandText(d: Demand, ctx: LetterContext): string {
  const problem = ctx.problem ?? 'other';
  const span = ctx.span;
  const amount = amountFigure(d, ctx) || undefined;
  switch (d.kind) {
    case 'restore':
      return span && !span.ongoing
        ? 'take effective steps to keep the service stable from now on'
        : 'restore the service to full working order without further delay';
    case 'refund': {
      const formula = d.computed ? refundFormula(ctx) : '';
      const what = amount ? `refund ${amountFigure({ ...d, computed: false }, ctx)}` : 'refund the fees';
      if (problem === 'billing-error')
        return amount ? `refund ${amount}, the amount overcharged` : 'refund the amount overcharged';
      if (problem !== 'outage' && problem !== 'degraded')
        return amount ? `refund ${amount}, the fees I have paid` : 'refund the fees I have paid';
      const period = span
        ? span.ongoing
          ? ` from ${day(span.startMs, ctx)}`
          : ` from ${dayBefore(span.startMs, ctx)} to ${day(span.endMs, ctx)}`
        : '';
      const disruption = problem === 'outage' ? 'outage' : 'disruption';
      return `${what}${amount ? ' in fees' : ''} for the period of the ${disruption}${period}${formula}`;
    }
    case 'compensation':
      return amount
        ? `pay me ${amount} in compensation for the loss this caused`
        : 'pay me compensation for the loss this caused';
    case 'explanation':
      return problem === 'outage' || problem === 'degraded'
        ? 'give me a written explanation of the cause of the fault and how it was handled'
        : 'give me a written explanation of this matter';
    case 'improvement':
      return 'take concrete steps to improve the service so that this does not happen again';
    case 'record':
      return 'log this as a formal complaint and give me its reference number';
    case 'other':
      return d.text ?? '';
  }
}

export function demandLines(ctx: LetterContext, extra: string[] = []): string[] {
  return numberedList([...extra, ...ctx.demands.map((d) => demandText(d, ctx))], ctx.language);
}

/** `within 14 days of the date of this letter, that is by 7 December 2026` (working days for China). */
export function replyWindow(ctx: LetterContext, days = ctx.replyDays): string {
  const due = dueDate(ctx, days);
  if (ctx.jurisdiction === 'CN') return `within ${days} working days of the date of this letter${due}`;
  return `within ${days} days of the date of this letter${due}`;
}

export function regulatorLabel(ctx: LetterContext): string {
  const rule = ctx.regulator;
  if (rule.userNamesBody && !ctx.adrScheme && rule.id !== 'gb-adr') return placeholder(ctx, 'adr-scheme');
  const name = regulatorName(rule, 'en', ctx.usState, ctx.adrScheme, ctx.providerAddress);
  return rule.phone ? `${name} (${rule.phone})` : name;
}

/** `YYYY-MM-DD` from which the body takes the case, when that is still ahead; else null. */
export function regulatorOpensKey(ctx: LetterContext): string | null {
  const wait = ctx.regulator.waitDays;
  if (!wait || (ctx.regulator.deadlockOpens && ctx.deadlockDate)) return null;
  const today = dateKeyAt(ctx.now, ctx.zone);
  const opens = addCalendarDays(ctx.firstComplaintDate ?? today, wait);
  return opens && opens > today ? opens : null;
}

/** The next step, never threatened before the body takes the case; `noNotice` only once it does. */
export function nextStepParagraph(ctx: LetterContext, noNotice = false): string {
  const rule = ctx.regulator;
  const card =
    ctx.jurisdiction === 'US' && (ctx.problem === 'billing-error' || ctx.problem === 'refund-refused')
      ? ' I will also consider disputing the charge with my card issuer.'
      : '';
  if (rule.id === 'gb-adr')
    return (
      'If I do not receive a satisfactory reply, I will ask you to agree to alternative dispute resolution ' +
      `and, failing that, consider a claim in the county court.${card}`
    );
  const opens = regulatorOpensKey(ctx);
  const first = firstComplaintDate(ctx);
  const when = opens
    ? ` once ${period(rule.waitDays)} have passed since my complaint${first ? ` of ${first}` : ''}, ` +
      `that is from ${formatDateKey(opens, ctx.language)}` +
      (rule.deadlockOpens ? ', or as soon as you issue a deadlock letter' : '')
    : noNotice
      ? ' without further notice'
      : '';
  return (
    `If I do not receive a satisfactory reply, I will refer the matter to ${regulatorLabel(ctx)}${when}, ` +
    `and I reserve my right to take further action.${card}`
  );
}

export function contactDetails(ctx: LetterContext): string | null {
  const c = ctx.complainant;
  const ways = [
    c.phone && `by phone ${ctx.language === 'en-US' ? 'at' : 'on'} ${c.phone}`,
    c.email && `by email at ${c.email}`,
    c.address && `by post at ${c.address}`,
  ].filter((w): w is string => Boolean(w));
  if (!ways.length) return null;
  const last = ways.pop();
  return `You can reach me ${ways.length ? `${ways.join(', ')} or ${last}` : last}.`;
}

export const attachmentLines = evidenceLines;

export function closing(ctx: LetterContext): string {
  return [signOff(ctx), '', ctx.complainant.name].filter((l) => l !== undefined).join('\n');
}

/** The earliest complaint, or with `letter` the first written complaint when there is one. */
export function firstComplaintDate(ctx: LetterContext, letter = false): string | null {
  const key = letter ? (ctx.firstLetterDate ?? ctx.firstComplaintDate) : ctx.firstComplaintDate;
  return key ? formatDateKey(key, ctx.language) : null;
}

/** ` (ticket CS-1 of 3 November 2026; CS-2)`: each ticket with the day it was raised, never re-dated. */
export function ticketPhrase(ctx: LetterContext): string {
  if (!ctx.tickets.length) return '';
  const list = ctx.tickets.map((t) => (t.atMs === undefined ? t.ticket : `${t.ticket} of ${day(t.atMs, ctx)}`));
  return ` (ticket ${list.length > 1 ? 'numbers' : 'number'} ${joinList(list, ctx.language)})`;
}

export function overdueSentences(ctx: LetterContext): string[] {
  return ctx.contacts
    .filter((c) => c.overdue && c.dueMs !== null)
    .map((c) => {
      const promise = clause(c.entry.promise);
      const what = promise ? quote(promise, ctx) : 'to deal with the matter';
      return `On ${dt(c.atMs, ctx)} you promised ${what} by ${dt(c.dueMs ?? 0, ctx)}, but did not keep this promise.`;
    });
}
