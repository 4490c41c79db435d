// Warnings the side panel shows beside a letter before it is sent, and advice for the user that must
// never be printed in a letter to the company. Codes are localised by the UI (letterGuard_<code>).

import { regulatorName } from '../complaint/regulators';
import { dateKeyAt } from '../zonedTime';
import type { LetterContext } from './context';
import { regulatorOpensKey } from './enParts';
import type { LetterTemplate } from './types';

export type LetterGuardCode =
  | 'body-not-open'
  | 'parallel-filing'
  | 'miit-province'
  | 'needs-legal-name'
  | 'needs-address'
  | 'provider-name-is-domain'
  | 'language-mismatch'
  | 'consumer-status-unknown'
  | 'terminal-exception'
  | 'adr-scheme-unknown'
  | 'adr-time-limit'
  | 'after-miit-12315'
  | 'small-claims'
  | 'internet-court'
  | 'amount-unreadable';

export interface LetterGuard {
  code: LetterGuardCode;
  /** `warning` needs the user's attention before sending; `advice` is for the user only. */
  level: 'warning' | 'advice';
  /** Substitution for the message ($1): a date, a body's name, a figure. */
  detail?: string;
}

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORDS = /[A-Za-z]{3,}(?:\s+[A-Za-z]{2,}){2,}/;

/** User-typed text in another script than the letter (Chinese in an English letter, English in a Chinese one). */
export function languageMismatch(ctx: LetterContext): boolean {
  const texts = [
    ctx.symptoms,
    ctx.impactDescription,
    ...ctx.triedSteps,
    ...ctx.contacts.flatMap((c) => [c.entry.summary, c.entry.promise]),
    ...ctx.demands.map((d) => d.text),
  ].filter((t): t is string => Boolean(t));
  return ctx.lang === 'en' ? texts.some((t) => CJK.test(t)) : texts.some((t) => !CJK.test(t) && LATIN_WORDS.test(t));
}

export function letterGuards(ctx: LetterContext, template: LetterTemplate): LetterGuard[] {
  const guards: LetterGuard[] = [];
  const add = (code: LetterGuardCode, level: LetterGuard['level'], detail?: string) =>
    guards.push(detail === undefined ? { code, level } : { code, level, detail });
  const rule = ctx.regulator;
  const body = regulatorName(rule, ctx.lang, ctx.usState, ctx.adrScheme, ctx.providerAddress);
  const opens = regulatorOpensKey(ctx);
  if (opens && template !== 'letter-before-action') add('body-not-open', 'warning', opens);
  if (template === 'regulator' && rule.jurisdiction === 'CN') {
    if (!ctx.providerLegalName) add('needs-legal-name', 'warning');
    if (!ctx.providerAddress) add('needs-address', 'warning');
  }
  if (rule.id === 'cn-miit-12300') {
    add('parallel-filing', 'warning', body);
    if (template === 'regulator') add('miit-province', 'advice');
  }
  if (ctx.providerNameIsDomain) add('provider-name-is-domain', 'warning');
  if (languageMismatch(ctx)) add('language-mismatch', 'warning');
  const cites = (id: string) => ctx.legalBasis.some((l) => l.id === id);
  if (ctx.consumerUse === undefined && (cites('cn-cpl-48-1-7') || cites('gb-cra-49') || cites('eu-dcd-14-1')))
    add('consumer-status-unknown', 'warning');
  if (cites('cn-telecom-32') && !ctx.terminalRuledOut) add('terminal-exception', 'warning');
  if (rule.userNamesBody && rule.id !== 'gb-adr' && !ctx.adrScheme) add('adr-scheme-unknown', 'warning');
  if (rule.limitFrom === 'final-response' && rule.limitMonths)
    add('adr-time-limit', 'advice', String(rule.limitMonths));
  if (rule.id === 'cn-miit-12300') add('after-miit-12315', 'advice');
  if (template === 'letter-before-action') {
    add('small-claims', 'advice');
    if (ctx.jurisdiction === 'CN') add('internet-court', 'advice');
  }
  if (ctx.moneyLostUnreadable || ctx.demands.some((d) => d.unreadable))
    add(
      'amount-unreadable',
      'warning',
      [ctx.moneyLostUnreadable, ...ctx.demands.map((d) => d.unreadable)].filter(Boolean).join(', '),
    );
  return guards;
}

/** Today's date key, for callers checking that no escalation is threatened before it opens. */
export const todayKey = (ctx: LetterContext): string => dateKeyAt(ctx.now, ctx.zone);
