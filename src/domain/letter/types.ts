// The shapes a drafted letter comes in: templates, parts (what the UI and tests look for) and the draft.

import type { CaseLanguage } from '../case';
import type { LetterGuard } from './guards';

export type LetterTemplate =
  | 'first-complaint'
  | 'follow-up'
  | 'manager-escalation'
  | 'regulator'
  | 'letter-before-action';

export const LETTER_TEMPLATES: readonly LetterTemplate[] = [
  'first-complaint',
  'follow-up',
  'manager-escalation',
  'regulator',
  'letter-before-action',
];

/** The parts docs/complaint-domain.md asks of a complaint letter; each section carries one. */
export type LetterPart =
  | 'heading'
  | 'greeting'
  | 'complainant'
  | 'respondent'
  | 'previous-complaint'
  | 'facts'
  | 'contacts'
  | 'quotations'
  | 'impact'
  | 'legal-basis'
  | 'claim'
  | 'demands'
  | 'deadline'
  | 'next-step'
  | 'contact-details'
  | 'attachments'
  | 'closing';

export interface LetterSection {
  part: LetterPart;
  /** Printed on its own line above the paragraphs when present (form-like letters). */
  heading?: string;
  paragraphs: string[];
}

export interface LetterDraft {
  template: LetterTemplate;
  language: CaseLanguage;
  title: string;
  sections: LetterSection[];
  /** The whole letter as plain text, ready to paste into a web form. */
  text: string;
  /** Placeholders left in the text for facts the case lacks (shown before Copy/Print/Export). */
  placeholders: string[];
  /** Warnings and advice for the user, never part of the letter. */
  guards: LetterGuard[];
}
