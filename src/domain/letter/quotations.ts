// Chat messages the user quoted, as the letter cites them: "E02, message 10" / 「证据E02第10条消息」,
// with the time the chat displayed and who wrote it. The exhibit number is looked up at draft time,
// so a quotation follows the exhibits' order; a quote from an item left out of the letter is left out.

import type { Exhibit } from '../complaint/exhibits';
import type { CaseFacts, LetterQuotation } from '../complaint/facts';
import { isNamedAgent } from '../complaint/contacts';
import type { Language } from '../language';
import { section } from './render';
import type { LetterSection } from './types';

/** `E02, message 10` or 「证据E02第10条消息」: what the letter and the panel call a quoted message. */
export function messageCitation(exhibit: string, messageIndex: number, lang: Language): string {
  return lang === 'zh' ? `证据${exhibit}第${messageIndex + 1}条消息` : `${exhibit}, message ${messageIndex + 1}`;
}

/** A message's lines as one: Chinese lines join directly, others with a space. */
const oneLine = (text: string): string =>
  text
    .replace(/([\u3000-\u9fff\uff00-\uffef])\s*\n\s*|\s*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

function speaker(q: LetterQuotation, lang: Language): string {
  const named = isNamedAgent(q.author) ? q.author.trim() : '';
  if (q.role === 'agent') return named || (lang === 'zh' ? '贵司客服' : 'your agent');
  if (q.role === 'customer') return lang === 'zh' ? '本人' : 'I';
  return named || (lang === 'zh' ? '聊天记录' : 'the chat');
}

function quoteLine(q: LetterQuotation, exhibit: string, lang: Language): string {
  const who = speaker(q, lang);
  const cite = messageCitation(exhibit, q.messageIndex, lang);
  const text = oneLine(q.text);
  if (lang === 'zh') {
    const verb = q.role === 'agent' ? '称' : q.role === 'customer' ? '表示' : '显示';
    return `${who}${q.time ? `于${q.time}` : ''}${verb}：“${text}”（${cite}）`;
  }
  const verb = q.role === 'agent' || q.role === 'customer' ? 'wrote' : 'showed';
  const subject = who === 'your agent' || who === 'the chat' ? who[0]?.toUpperCase() + who.slice(1) : who;
  return `${subject} ${verb}${q.time ? ` at ${q.time}` : ''}: “${text}” (${cite})`;
}

/** The quotations whose item is an exhibit of the letter, in exhibit and message order. */
export function quotedExhibits(
  quotations: readonly LetterQuotation[],
  exhibits: readonly Exhibit[],
): { quotation: LetterQuotation; exhibit: Exhibit }[] {
  const byId = new Map(exhibits.map((e, i) => [e.evidenceId, { e, i }]));
  return quotations
    .flatMap((quotation) => {
      const found = byId.get(quotation.evidenceId);
      return found ? [{ quotation, exhibit: found.e, order: found.i }] : [];
    })
    .sort((a, b) => a.order - b.order || a.quotation.messageIndex - b.quotation.messageIndex)
    .map(({ quotation, exhibit }) => ({ quotation, exhibit }));
}

export function quotationSection(
  quotations: readonly LetterQuotation[] | undefined,
  exhibits: readonly Exhibit[],
  lang: Language,
): LetterSection | null {
  const quoted = quotedExhibits(quotations ?? [], exhibits);
  if (!quoted.length) return null;
  const intro = lang === 'zh' ? '所附聊天记录载明：' : 'The chat records attached show:';
  const lines = quoted.map(({ quotation, exhibit }, i) => `${i + 1}. ${quoteLine(quotation, exhibit.number, lang)}`);
  return section('quotations', [intro, lines.join('\n')]);
}

/** The sections with the quotations after the contacts (or the facts), where the history is told. */
export function withQuotations(list: LetterSection[], quotes: LetterSection | null): LetterSection[] {
  if (!quotes) return list;
  const after = list.findLastIndex((s) => s.part === 'contacts' || s.part === 'facts');
  const at = after < 0 ? list.findIndex((s) => s.part === 'attachments') : after + 1;
  const index = at < 0 ? list.length : at;
  return [...list.slice(0, index), quotes, ...list.slice(index)];
}

/** The facts with the message quoted, or with its quotation removed when it was quoted already. */
export function toggleQuotation(
  facts: CaseFacts,
  evidenceId: string,
  messageIndex: number,
  message: { role: string; author?: string; time?: string; text: string },
  newId: () => string,
): CaseFacts {
  const quotations = facts.quotations ?? [];
  const rest = quotations.filter((q) => q.evidenceId !== evidenceId || q.messageIndex !== messageIndex);
  if (rest.length < quotations.length) return { ...facts, quotations: rest };
  const { role, author, time, text } = message;
  const quotation: LetterQuotation = {
    id: newId(),
    evidenceId,
    messageIndex,
    role,
    ...(author?.trim() ? { author: author.trim() } : {}),
    ...(time ? { time } : {}),
    text,
  };
  return { ...facts, quotations: [...quotations, quotation] };
}

/** The facts without one quotation. */
export function removeQuotation(facts: CaseFacts, id: string): CaseFacts {
  return { ...facts, quotations: (facts.quotations ?? []).filter((q) => q.id !== id) };
}
