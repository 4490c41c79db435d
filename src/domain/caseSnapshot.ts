// Everything stored about one case, as storage loads it for the bundle export.
import type { Case } from './case';
import type { ContactLogEntry, ExhibitSettings } from './complaint';
import type { CaseFacts } from './complaint/facts';
import type { Evidence } from './evidence';
import type { CaseLetter, SavedLetter } from './letter/caseLetter';

export interface CaseSnapshot {
  caseRecord: Case;
  evidence: Evidence[];
  facts: CaseFacts;
  exhibitSettings: ExhibitSettings;
  contacts: ContactLogEntry[];
  saved: SavedLetter | null;
  /** The letter exactly as the side panel shows it; its `exhibits` are the bundle's, in order. */
  letter: CaseLetter;
}
