// Building blocks of an English complaint letter. en-GB and en-EU write `20 November 2026 at 09:15`,
// ‘single quotes’ and `Yours faithfully`; en-US writes `November 20, 2026 at 9:15 AM`, “double quotes”, `Sincerely`.

import type { ContactChannel } from '../complaint/contacts';
import { addCalendarDays, formatDuration } from '../complaint/duration';
import type { ProblemType } from '../complaint/facts';
import { regulatorName } from '../complaint/regulators';
import { dateKeyAt } from '../zonedTime';
import type { ContactLine, Demand, LetterContext } from './context';
import {
  cachedFormat,
  clause,
  exhibitCaption,
  formatDate,
  formatDateKey,
  formatDateTime,
  joinList,
  numberedList,
} from './format';
import { formatHours, formatMoney } from './money';

export const money = (amount: number, ctx: LetterContext): string => formatMoney(amount, ctx.currency, 'en');
export const day = (ms: number, ctx: LetterContext): string => formatDate(ms, ctx.zone, ctx.language);

/** `20 November 2026 at 09:15 GMT`: each time carries its zone, which may differ across a DST change. */
export function dt(ms: number, ctx: LetterContext): string {
  const locale = ctx.language === 'en-US' ? 'en-US' : 'en-GB';
  const zone = cachedFormat(locale, { timeZone: ctx.zone, timeZoneName: 'short' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value;
  const text = formatDateTime(ms, ctx.zone, ctx.language);
  return zone ? `${text} ${zone}` : text;
}

export function quote(text: string, ctx: LetterContext): string {
  return ctx.language === 'en-US' ? `“${text}”` : `‘${text}’`;
}

export const cap = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

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
  phone: (ctx) => `called your customer service line${ctx.providerPhone ? ` on ${ctx.providerPhone}` : ''}`,
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
  if (agent) text += `; I dealt with ${/^[A-Za-z0-9-]*\d[A-Za-z0-9-]*$/.test(agent) ? `agent ID ${agent}` : agent}`;
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

export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export function impactParagraph(ctx: LetterContext): string | null {
  const losses = [
    ctx.hoursLost !== null && `about ${formatHours(ctx.hoursLost)} hours of working time`,
    ctx.moneyLost !== null && `${money(ctx.moneyLost, ctx)} in direct financial loss`,
  ].filter((l): l is string => Boolean(l));
  if (!losses.length && !ctx.impactDescription) return null;
  const parts = ['This has caused me real difficulty.'];
  if (ctx.impactDescription) parts.push(`${cap(ctx.impactDescription)}.`);
  if (losses.length) parts.push(`As a result I have lost ${joinList(losses, ctx.language)}.`);
  return parts.join(' ');
}

export function legalParagraph(ctx: LetterContext): string | null {
  const items = ctx.legalBasis.map((l) => {
    const point = clause(l.point);
    return point ? `Under ${l.citation.trim()}, ${point}.` : `I rely on ${l.citation.trim()}.`;
  });
  return items.length ? `${items.join(' ')} I consider that you have not met these obligations.` : null;
}

function demandText(d: Demand, ctx: LetterContext): string {
  const problem = ctx.problem ?? 'other';
  const span = ctx.span;
  const amount = d.amount === undefined ? undefined : money(d.amount, ctx);
  switch (d.kind) {
    case 'restore':
      return span && !span.ongoing
        ? 'take effective steps to keep the service stable from now on'
        : 'restore the service to full working order without further delay';
    case 'refund': {
      const what = amount ? `refund ${amount}` : 'refund the fees';
      if (problem === 'billing-error')
        return amount ? `refund ${amount}, the amount overcharged` : 'refund the amount overcharged';
      if (problem !== 'outage' && problem !== 'degraded')
        return amount ? `refund ${amount}, the fees I have paid` : 'refund the fees I have paid';
      const period = span
        ? span.ongoing
          ? ` from ${day(span.startMs, ctx)}`
          : ` from ${day(span.startMs, ctx)} to ${day(span.endMs, ctx)}`
        : '';
      const disruption = problem === 'outage' ? 'outage' : 'disruption';
      return `${what}${amount ? ' in fees' : ''} for the period of the ${disruption}${period}`;
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
  if (ctx.jurisdiction === 'CN') return `within ${days} working days of receiving this letter`;
  const due = formatDateKey(addCalendarDays(dateKeyAt(ctx.now, ctx.zone), days) ?? undefined, ctx.language);
  return `within ${days} days of the date of this letter${due ? `, that is by ${due}` : ''}`;
}

export function regulatorLabel(ctx: LetterContext): string {
  const rule = ctx.regulator;
  const name = regulatorName(rule, 'en', ctx.usState);
  return rule.phone ? `${name} (${rule.phone})` : name;
}

export function nextStepParagraph(ctx: LetterContext): string {
  const rule = ctx.regulator;
  const when = rule.deadlockOpens
    ? ` once ${period(rule.waitDays)} have passed since my complaint, or as soon as you issue a deadlock letter`
    : '';
  const card =
    ctx.jurisdiction === 'US' && (ctx.problem === 'billing-error' || ctx.problem === 'refund-refused')
      ? ' I will also consider disputing the charge with my card issuer.'
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

const KIND_CAPTION: Record<string, string> = {
  screenshot: 'Screenshot',
  transcript: 'Support chat transcript',
  selection: 'Extract from a web page',
};

export function attachmentLines(ctx: LetterContext): string[] {
  return ctx.exhibits.map(
    (x) => `${x.number} ${exhibitCaption(x, KIND_CAPTION[x.kind] ?? 'Evidence')} (${dt(x.capturedAtMs, ctx)})`,
  );
}

export function closing(ctx: LetterContext): string {
  return [signOff(ctx), '', ctx.complainant.name].filter((l) => l !== undefined).join('\n');
}

/** The earliest complaint, or with `letter` the first written complaint when there is one. */
export function firstComplaintDate(ctx: LetterContext, letter = false): string | null {
  const key = letter ? (ctx.firstLetterDate ?? ctx.firstComplaintDate) : ctx.firstComplaintDate;
  return key ? formatDateKey(key, ctx.language) : null;
}

/** A sentence written to the provider, rewritten for a regulator reading about the provider. */
export function aboutTheCompany(text: string): string {
  return text
    .replace(/\bYou promised\b/g, 'The company promised')
    .replace(/\byou promised\b/g, 'the company promised')
    .replace(/\bcontacted you\b/g, 'contacted the company')
    .replace(/\bemailed you\b/g, 'emailed the company')
    .replace(/\byou charged\b/g, 'the company charged')
    .replace(/\bI asked you\b/g, 'I asked the company')
    .replace(/\bfrom you\b/g, 'from the company')
    .replace(/\byour service\b/g, 'the service')
    .replace(/\bour service agreement\b/g, 'my service agreement with the company')
    .replace(/\byou are\b/g, 'the company is')
    .replace(/\byou have\b/g, 'the company has')
    .replace(/\byour\b/g, 'the company’s');
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** `eight weeks` / `15 days`: a waiting period in words. */
export function period(days: number): string {
  const [n, unit] = days % 7 === 0 && days > 0 ? [days / 7, 'week'] : [days, 'day'];
  return `${SMALL[n] ?? n} ${unit}${n === 1 ? '' : 's'}`;
}

export function ticketPhrase(ctx: LetterContext): string {
  if (!ctx.tickets.length) return '';
  return ` (ticket ${ctx.tickets.length > 1 ? 'numbers' : 'number'} ${joinList(ctx.tickets, ctx.language)})`;
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
