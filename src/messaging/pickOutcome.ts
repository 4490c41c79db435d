// What a finished *Pick the chat area* says, in the popup and in the worker's notification alike.
import { textIn } from '../domain/catalogue';
import type { Locale } from '../domain/language';
import { WIDGET_NAMES } from '../domain/transcript';
import { errorMessageKey } from './errors';
import type { PickOutcome } from './protocol';

/** What a finished pick says (popup line and notification alike). */
export function pickedText(language: Locale, result: PickOutcome): string {
  if (result.kind === 'saved') {
    const { evidence, unassigned } = result.outcome;
    const name = WIDGET_NAMES[evidence.widget] ?? textIn(language, 'chatWidgetGeneric');
    if (unassigned.length) return textIn(language, 'chatSavedIncomplete', [evidence.messageCount, name]);
    return evidence.messageCount === 1
      ? textIn(language, 'chatSavedOne', [name])
      : textIn(language, 'chatSaved', [evidence.messageCount, name]);
  }
  if (result.kind === 'failed') return textIn(language, errorMessageKey(result.error));
  return textIn(language, result.kind === 'empty' ? 'chatPickEmpty' : 'chatPickCancelled');
}

/** How the result looks: a clean save is good news, no chat in the area a plain note, the rest needs a look. */
export function pickedTone(result: PickOutcome): 'ok' | 'note' | 'error' {
  if (result.kind === 'saved') return result.outcome.unassigned.length ? 'error' : 'ok';
  return result.kind === 'empty' ? 'note' : 'error';
}
