// The worker's own words (notifications) from the _locales catalogues, in a chosen language:
// pure, so tests can read them in both languages.
import { textIn } from '../domain/catalogue';
import type { Locale } from '../domain/language';

/** A passed deadline's notification: title, text and the button that drafts the follow-up. */
export function reminderNotice(
  language: Locale,
  kind: 'promise' | 'reply',
  caseTitle: string,
  promise: string,
): { title: string; message: string; button: string } {
  const what =
    kind === 'promise' ? textIn(language, 'reminderPromiseBody', [promise]) : textIn(language, 'reminderReplyBody');
  const gap = language === 'zh_CN' ? '' : ' '; // Chinese sentences follow one another without a space
  return {
    title: textIn(language, 'reminderTitle', [caseTitle]),
    message: `${what}${gap}${textIn(language, 'reminderAction')}`,
    button: textIn(language, 'reminderDraftFollowUp'),
  };
}
