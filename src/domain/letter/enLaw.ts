// The English letter's legal basis, computed sums and evidence list. Verified provisions are quoted
// word for word; unverified ones are cited by number only, never quoted or paraphrased as law.

import { simpleInterest } from '../complaint/computations';
import { daysBetween } from '../complaint/duration';
import { provision } from '../complaint/provisions';
import { dateKeyAt } from '../zonedTime';
import { type Demand, dueKeyFor, type LetterContext } from './context';
import { cachedFormat, exhibitCaption, formatDate, formatDateKey, formatDateTime, joinList } from './format';
import { formatHours, formatMoney } from './money';
import { placeholder } from './placeholders';

const money = (n: number, ctx: LetterContext): string => formatMoney(n, ctx.currency, 'en');
/** `20 November 2026 at 09:15 GMT`: each time carries its zone, which may differ across a DST change. */
export const dt = (ms: number, ctx: LetterContext): string => {
  const locale = ctx.language === 'en-US' ? 'en-US' : 'en-GB';
  const zone = cachedFormat(locale, { timeZone: ctx.zone, timeZoneName: 'short' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value;
  const text = formatDateTime(ms, ctx.zone, ctx.language);
  return zone ? `${text} ${zone}` : text;
};

const q = (text: string, ctx: LetterContext): string => (ctx.language === 'en-US' ? `“${text}”` : `‘${text}’`);

function repairSentence(ctx: LetterContext): string | null {
  const r = ctx.repair;
  if (!r) return null;
  const from = ctx.repairFromFirstContact ? ' (when I first contacted you)' : '';
  const outcome =
    r.restoredMs === null
      ? `it has still not been repaired, ${formatHours(r.overdueHours)} hours past that deadline`
      : `the service was restored only on ${dt(r.restoredMs, ctx)}, ${formatHours(r.overdueHours)} hours late`;
  const due = `so it had to be repaired within ${r.limitHours} hours, by ${dt(r.dueMs, ctx)}`;
  return ` I reported the fault on ${dt(r.reportedMs, ctx)}${from}, ${due}; ${outcome}.`;
}

function contractSentence(ctx: LetterContext): string {
  const what = ctx.service ?? 'the service';
  const span = ctx.span;
  const failed =
    span && (ctx.problem === 'outage' || ctx.problem === 'degraded')
      ? ` Being unable to use it for ${formatHours(span.durationMs / 3_600_000)} hours is a failure to perform it.`
      : '';
  return `Under our service agreement, you undertook to provide ${what} to me as described.${failed}`;
}

export function legalParagraph(ctx: LetterContext): string | null {
  const items = ctx.legalBasis.flatMap((l) => {
    if (l.id === 'contract') return [contractSentence(ctx)];
    if (l.id === 'cn-telecom-32' && ctx.repair && ctx.repair.overdueHours === 0) return [];
    const head = l.citation.charAt(0).toUpperCase() + l.citation.slice(1);
    const base = l.point ? `${head} provides: ${q(l.point, ctx)}` : `I rely on ${l.citation}.`;
    // A directive binds through the national law that implements it.
    const tie =
      l.id === 'cn-telecom-32'
        ? (repairSentence(ctx) ?? ` I reported the fault on ${placeholder(ctx, 'fault-reported-at')}.`)
        : l.id.startsWith('eu-dcd-') && l.point
          ? ' I rely on it as implemented in the national law that governs our contract.'
          : null;
    return [`${base}${tie ?? ''}`];
  });
  if (!items.length) return null;
  return [...items, 'I consider that you have not met these obligations.'].join('\n');
}

/** `£7.91 (£99.00 × 57.5 hours ÷ 720 hours)` for a computed refund; a placeholder for an unreadable figure. */
export function amountFigure(d: Demand, ctx: LetterContext): string {
  if (d.unreadable) return placeholder(ctx, 'amount-unreadable', d.unreadable);
  if (d.amount === undefined) return '';
  return d.computed ? `${money(d.amount, ctx)}${refundFormula(ctx)}` : money(d.amount, ctx);
}

/** ` (£32.00 a month × 80.5 hours without service ÷ 720 hours)`, or '' without a computed refund. */
export function refundFormula(ctx: LetterContext): string {
  const p = ctx.proRata;
  if (!p) return '';
  const hours = `${formatHours(p.outageHours)} hours without service ÷ ${p.monthHours} hours`;
  return ` (${money(p.monthlyFee, ctx)} a month × ${hours})`;
}

/** Statutory interest on a UK claim, with how it is calculated (8% a year is the rate claimed; the court fixes it). */
export function interestLines(ctx: LetterContext, principal: number): string[] {
  if (ctx.jurisdiction !== 'GB' || !ctx.span) return [];
  const from = ctx.span.ongoing ? ctx.span.startMs : ctx.span.endMs;
  // Days counted by calendar date, from the day the cause of action arose to the date of the letter.
  const i = simpleInterest(principal, 8, daysBetween(dateKeyAt(from, ctx.zone), dateKeyAt(ctx.now, ctx.zone)) ?? 0);
  if (!i) return [];
  const cca = provision('gb-cca-69');
  const on = formatDate(from, ctx.zone, ctx.language);
  return [
    `I also claim interest under ${cca?.article.en ?? 'section 69'} of ` +
      `${cca?.instrument.en ?? 'the County Courts Act 1984'}` +
      ` at 8% a year from ${on}: ${money(principal, ctx)} × 8% × ${i.days} days ÷ 365 = ${money(i.amount, ctx)}` +
      ` to the date of this letter, continuing at ${formatMoney(i.perDay, ctx.currency, 'en', 4)} a day.`,
  ];
}

const KIND_CAPTION: Record<string, string> = {
  screenshot: 'Screenshot',
  transcript: 'Support chat transcript',
  selection: 'Extract from a web page',
};

export function evidenceLines(ctx: LetterContext): string[] {
  const lines = ctx.exhibits.map((x) =>
    [
      `${x.number} ${exhibitCaption(x, KIND_CAPTION[x.kind] ?? 'Evidence')}`,
      `   Shows: ${x.purpose ?? placeholder(ctx, 'exhibit-purpose')}`,
      `   Captured: ${dt(x.capturedAtMs, ctx)} (time of capture, not of the events shown)`,
      x.redactedAtMs !== undefined && `   Redacted copy made: ${dt(x.redactedAtMs, ctx)}`,
      x.url && `   URL: ${x.url}`,
      x.sha256 && `   SHA-256: ${x.sha256}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  if (!ctx.exhibits.some((x) => x.sha256)) return lines;
  return [...lines, 'Each SHA-256 was computed when the item was captured, so any later change to it can be detected.'];
}

/** `, that is by 17 November 2026` for any jurisdiction (working days in China). */
export function dueDate(ctx: LetterContext, days = ctx.replyDays): string {
  const key = days === ctx.replyDays ? ctx.replyDueKey : dueKeyFor(ctx, days);
  const due = formatDateKey(key ?? undefined, ctx.language);
  return due ? `, that is by ${due}` : '';
}

export { joinList };
