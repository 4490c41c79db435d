// The case's letter as the user has it now: the live draft from the case, or their edited text.
// One function, so the side panel, the reminders and the exported bundle always agree.

import type { Case, CaseLanguage } from '../case';
import type { ContactLogEntry } from '../complaint/contacts';
import { type Exhibit, type ExhibitSettings, type ExhibitSource, numberExhibits } from '../complaint/exhibits';
import { type CaseFacts, caseFrame } from '../complaint/facts';
import { draftLetter } from './draft';
import type { LetterDraft, LetterTemplate } from './types';

export interface SavedLetter {
  template: LetterTemplate;
  editedText?: string;
  baseText?: string;
}

export interface CaseLetterInput {
  caseRecord: Pick<Case, 'provider' | 'providerSite' | 'language'>;
  facts: CaseFacts;
  exhibitSettings: ExhibitSettings;
  contacts: readonly ContactLogEntry[];
  evidence: readonly ExhibitSource[];
  saved?: SavedLetter;
  now: number;
  timeZone: string;
}

export interface CaseLetter {
  template: LetterTemplate;
  language: CaseLanguage;
  exhibits: Exhibit[];
  /** The fresh draft from the case as it is now. */
  draft: LetterDraft;
  /** What the user sends: their edits when they made any, else the draft. */
  text: string;
  edited: boolean;
  /** Edited, and the case has changed since: re-drafting would change the letter. */
  redraftDiffers: boolean;
}

export const DEFAULT_TEMPLATE: LetterTemplate = 'first-complaint';

/** The saved letter switched to `template`, keeping the user's edited text (a re-draft diff then shows). */
export function withTemplate(saved: SavedLetter | null | undefined, template: LetterTemplate): SavedLetter {
  return saved?.editedText !== undefined
    ? { template, editedText: saved.editedText, baseText: saved.baseText ?? '' }
    : { template };
}

/**
 * The facts with the case's own provider filled in and its one answer for country, currency, letter
 * language and number format (caseFrame) made explicit, so the letter, escalation, validation and
 * bundle never each guess their own.
 */
export function factsWithCaseDefaults(caseRecord: CaseLetterInput['caseRecord'], facts: CaseFacts): CaseFacts {
  const provider = { ...facts.provider };
  if (!provider.name?.trim() && caseRecord.provider) provider.name = caseRecord.provider;
  if (!provider.website?.trim() && caseRecord.providerSite) provider.website = caseRecord.providerSite;
  const frame = caseFrame(facts, caseRecord.language, caseRecord.providerSite);
  return {
    ...facts,
    provider,
    language: frame.language,
    jurisdiction: frame.jurisdiction,
    currency: frame.currency,
    decimalSeparator: frame.decimalSeparator,
  };
}

export function caseLetter(input: CaseLetterInput): CaseLetter {
  const facts = factsWithCaseDefaults(input.caseRecord, input.facts);
  const language = facts.language ?? input.caseRecord.language;
  const template = input.saved?.template ?? DEFAULT_TEMPLATE;
  const exhibits = numberExhibits(input.evidence, input.exhibitSettings);
  const draft = draftLetter(
    { facts, contacts: input.contacts, exhibits, now: input.now, timeZone: input.timeZone },
    template,
    language,
  );
  const editedText = input.saved?.editedText;
  const edited = editedText !== undefined;
  return {
    template,
    language,
    exhibits,
    draft,
    text: edited ? editedText : draft.text,
    edited,
    redraftDiffers: edited && (input.saved?.baseText ?? '') !== draft.text,
  };
}
