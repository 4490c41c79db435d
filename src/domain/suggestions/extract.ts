// Suggestions for Facts and Contacts found in the case's chats and saved text selections: ticket,
// order and account numbers, agent names, promises with their deadlines, sums of money and error
// codes. Each cites where it was found (exhibit and message), so the user can check it before using it.

import { chatShownStart, shownTimeAt } from '../chatTime';
import { findTicketNumbers, isNamedAgent } from '../complaint/contacts';
import { findAmounts } from './amounts';
import { findPromises, sentencesOf } from './promises';

export type SuggestionKind =
  | 'ticket'
  | 'agent'
  | 'promise'
  | 'amount'
  | 'error-code'
  | 'order-number'
  | 'account-number';

/** The Facts field a sum of money goes to, from the words around it. */
export type AmountField = 'impact.moneyLost' | 'demands.refundAmount' | 'demands.compensationAmount' | 'monthlyFee';

export interface SuggestionSource {
  evidenceId: string;
  /** 0-based index in the transcript's messages; absent for a text selection. */
  messageIndex?: number;
  /** When the message was written (its shown time), else when it was seen or captured (RFC 3339). */
  at: string;
  /** When the chat began as it shows it (what a contact made from it is dated). */
  chatAt?: string;
}

export interface EvidenceSuggestion {
  /** `kind:value`, the same wherever the value is found: a dismissal holds for every copy. */
  key: string;
  kind: SuggestionKind;
  /** What goes into the field: the number, the name, the promise's sentence, the figure. */
  value: string;
  source: SuggestionSource;
  /** Promises: RFC 3339 in the message's offset. */
  deadline?: string;
  /** Amounts: the figure read, its currency and the field it suits. */
  amount?: { number: number; currency?: string; field: AmountField };
}

/** A chat (messages) or a saved selection (text) of the case. */
export interface SuggestionEvidence {
  evidenceId: string;
  capturedAt: string;
  messages?: readonly { role: string; author?: string; text: string; time?: string; observedAt?: string }[];
  text?: string;
  recording?: { startedAt?: string };
}

const ORDER =
  /(?:订单号|订单编号|订单|\border)\s*(?:number|no\.?|id|#)?\s*(?:为|是|is)?\s*[:：#]?\s*([A-Za-z0-9][\w-]{3,39})/gi;
const ACCOUNT =
  /(?:账号|帐号|账户|\baccount|\bacct)\s*(?:number|no\.?|id|#)?\s*(?:为|是|is)?\s*[:：#]?\s*([A-Za-z0-9][\w-]{3,39})/gi;
const ERROR_CODE = [
  /\b(?:error(?:\s*code)?|err|code)\s*[:=#]\s*([\w][\w.-]{1,39})/gi,
  /\berror\s+(?:code\s+)?([\w][\w.-]{1,39})/gi,
  /错误(?:码|代码|编号)?\s*(?:为|是)?\s*[:：]?\s*([\w][\w.-]{1,39})/g,
  /\b(0x[0-9a-f]{4,16}|ERR_[A-Z0-9_]+)\b/gi,
];
const INTRO = [
  /(?:我是|这里是)(?:人工)?(?:客服|专员)\s*([A-Za-z]+|[\u4e00-\u9fff]{1,4}?)(?=[，,。！!\s]|很高兴|为您)/g,
  /\b(?:I'm|I am|this is|my name is)\s+([A-Z][a-z]+)\b/g,
];
const BOT = /\bbot\b|机器人|智能|virtual|\bassist(?:ant)?\b/i;
const WORDS: [RegExp, AmountField][] = [
  [/refund|退款|退还|退费|返还/i, 'demands.refundAmount'],
  [/compensat|赔偿|补偿|credit/i, 'demands.compensationAmount'],
  [/monthly|per month|a month|\/\s?mo\b|月费|每月|包月/i, 'monthlyFee'],
];

const looksLikeNumber = (token: string): boolean => (token.match(/\d/g)?.length ?? 0) >= 3;
const looksLikeCode = (token: string): boolean => /\d/.test(token) || /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(token);
/** The first group of each match that `keep` accepts, in order of appearance over all `patterns`. */
function matches(text: string, patterns: RegExp | RegExp[], keep: (s: string) => boolean): string[] {
  const found = [patterns].flat().flatMap((re) =>
    [...text.matchAll(re)].flatMap((m) => {
      const value = m[1]?.replace(/[.-]+$/, '');
      return value && keep(value) ? [{ at: (m.index ?? 0) + m[0].indexOf(value), value }] : [];
    }),
  );
  return found.sort((a, b) => a.at - b.at).map((f) => f.value);
}

function amountField(sentence: string): AmountField {
  return WORDS.find(([re]) => re.test(sentence))?.[1] ?? 'impact.moneyLost';
}

function fromText(text: string, role: string, author: string | undefined, source: SuggestionSource) {
  const out: Omit<EvidenceSuggestion, 'key'>[] = [];
  const add = (kind: SuggestionKind, value: string, extra: Partial<EvidenceSuggestion> = {}) =>
    out.push({ kind, value, source, ...extra });
  const orders = matches(text, ORDER, looksLikeNumber);
  const accounts = matches(text, ACCOUNT, looksLikeNumber);
  for (const v of orders) add('order-number', v);
  for (const v of accounts) add('account-number', v);
  for (const v of findTicketNumbers(text)) if (!orders.includes(v) && !accounts.includes(v)) add('ticket', v);
  for (const v of matches(text, ERROR_CODE, looksLikeCode)) add('error-code', v);
  for (const sentence of sentencesOf(text))
    for (const a of findAmounts(sentence)) {
      const field = amountField(sentence);
      add('amount', a.raw, { amount: { number: a.value, ...(a.currency ? { currency: a.currency } : {}), field } });
    }
  if (role === 'agent' || role === 'unknown') {
    if (role === 'agent' && isNamedAgent(author) && !BOT.test(author)) add('agent', author.trim());
    for (const v of matches(text, INTRO, (s) => !BOT.test(s))) add('agent', v);
    for (const p of findPromises(text, source.at)) add('promise', p.sentence, { deadline: p.deadline });
  }
  return out;
}

const keyOf = (s: Omit<EvidenceSuggestion, 'key'>): string =>
  `${s.kind}:${(s.kind === 'amount' ? String(s.amount?.number) : s.value).toLowerCase()}`;

/** Every suggestion in the case's chats and selections, in evidence order, each value once. */
export function suggestionsFromEvidence(evidence: readonly SuggestionEvidence[]): EvidenceSuggestion[] {
  const found = evidence.flatMap((e) => {
    const base = { evidenceId: e.evidenceId };
    if (e.text !== undefined) return fromText(e.text, 'unknown', undefined, { ...base, at: e.capturedAt });
    const messages = e.messages ?? [];
    const chatAt = chatShownStart(messages, e.capturedAt) ?? e.recording?.startedAt ?? e.capturedAt;
    return messages.flatMap((m, i) => {
      const shown = m.time ? shownTimeAt(m.time, e.capturedAt) : null;
      const at = shown ?? m.observedAt ?? e.capturedAt;
      return fromText(m.text, m.role, m.author, { ...base, messageIndex: i, at, chatAt });
    });
  });
  const seen = new Map<string, EvidenceSuggestion>();
  for (const s of found) {
    const key = keyOf(s);
    const earlier = seen.get(key);
    // An agent named in the chat's text ("我是客服小七") is the same person as its author "客服小七".
    const named = s.kind === 'agent' && [...seen.values()].some((o) => o.kind === 'agent' && o.value.includes(s.value));
    if (!earlier && !named) seen.set(key, { key, ...s });
  }
  return [...seen.values()];
}
