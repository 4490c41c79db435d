// draftLetter: case → structured letter in the chosen template and language. Pure: the same case,
// `now` and exhibits always give the same text, so re-drafting can be diffed against user edits.

import type { Language } from '../language';
import type { CaseLanguage } from '../case';
import { buildContext, type LetterInput } from './context';
import * as en from './enTemplates';
import { letterGuards } from './guards';
import { quotationSection, withQuotations } from './quotations';
import { renderText } from './render';
import type { LetterDraft, LetterSection, LetterTemplate } from './types';
import * as zh from './zhTemplates';

type Writer = (ctx: ReturnType<typeof buildContext>) => { title: string; sections: LetterSection[] };

const WRITERS: Record<Language, Record<LetterTemplate, Writer>> = {
  zh: {
    'first-complaint': zh.firstComplaint,
    'follow-up': zh.followUp,
    'manager-escalation': zh.managerEscalation,
    regulator: zh.regulatorComplaint,
    'letter-before-action': zh.letterBeforeAction,
  },
  en: {
    'first-complaint': en.firstComplaint,
    'follow-up': en.followUp,
    'manager-escalation': en.managerEscalation,
    regulator: en.regulatorComplaint,
    'letter-before-action': en.letterBeforeAction,
  },
};

export function draftLetter(input: LetterInput, template: LetterTemplate, language: CaseLanguage): LetterDraft {
  const ctx = buildContext(input, language);
  const written = WRITERS[ctx.lang][template](ctx);
  const { title } = written;
  const sections = withQuotations(
    written.sections,
    quotationSection(input.facts.quotations, input.exhibits ?? [], ctx.lang),
  );
  const text = renderText(title, sections);
  return {
    template,
    language,
    title,
    sections,
    text,
    placeholders: ctx.placeholders,
    guards: letterGuards(ctx, template),
  };
}
