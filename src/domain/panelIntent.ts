// Where the side panel should open next: set by a reminder click, read once by the panel.
import type { LetterTemplate } from './letter';

/** A request to show a case's workspace on a tab, e.g. the Letter tab with the follow-up template. */
export interface PanelIntent {
  caseId: string;
  tab: 'letter';
  template: LetterTemplate;
}
