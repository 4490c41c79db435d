// The worker's own words (notifications) from the _locales catalogues, in a chosen language:
// pure, so tests can read them in both languages.
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { type Catalogue, catalogueMessage } from '../domain/catalogue';

export type WorkerLanguage = 'en' | 'zh_CN';
export type MessageName = keyof typeof en;
const CATALOGUES: Record<WorkerLanguage, Catalogue> = { en, zh_CN: zhCN };

/** A message of `language`'s catalogue (English when it lacks the key). */
export function textIn(
  language: WorkerLanguage,
  key: MessageName,
  substitutions: readonly (string | number)[] = [],
): string {
  return (
    catalogueMessage(CATALOGUES[language], key, substitutions) ??
    catalogueMessage(CATALOGUES.en, key, substitutions) ??
    key
  );
}

/** A passed deadline's notification: title, text and the button that drafts the follow-up. */
export function reminderNotice(
  language: WorkerLanguage,
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
