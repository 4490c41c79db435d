// The letter module's public surface for the side panel.

export type { Demand, LetterContext, LetterInput } from './context';
export {
  type CaseLetter,
  type CaseLetterInput,
  caseLetter,
  DEFAULT_TEMPLATE,
  factsWithCaseDefaults,
  type SavedLetter,
  withTemplate,
} from './caseLetter';
export { type DiffLine, type DiffOp, diffDrafts, draftsDiffer } from './diff';
export { draftLetter } from './draft';
export { type LetterGuard, type LetterGuardCode, letterGuards } from './guards';
export { formatAmount, formatMoney } from './money';
export { LETTER_TEMPLATES, type LetterDraft, type LetterPart, type LetterSection, type LetterTemplate } from './types';
export { messageCitation, quotedExhibits, removeQuotation, toggleQuotation } from './quotations';
