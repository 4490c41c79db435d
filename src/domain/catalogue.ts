// Messages of the _locales catalogues with chrome.i18n's substitution rules, resolved here so any
// context can speak the language the user chose in the panel, not only the browser's.
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Locale } from './language';

/** A key of the English catalogue; the zh_CN catalogue must hold every one (checked by the type below). */
export type MessageKey = keyof typeof en;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

const CATALOGUES: Record<Locale, Record<MessageKey, CatalogueEntry>> = { en, zh_CN: zhCN };

/** The message for `key` with `$1`, `$2`… filled from `substitutions`; null when the key is unknown. */
export function catalogueMessage(
  catalogue: Catalogue,
  key: string,
  substitutions: readonly (string | number)[] = [],
): string | null {
  const entry = catalogue[key];
  if (!entry) return null;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  });
}

/** The message of `locale`'s catalogue for `key` (English when it lacks the key). */
export function textIn(locale: Locale, key: MessageKey, substitutions: readonly (string | number)[] = []): string {
  return (
    catalogueMessage(CATALOGUES[locale], key, substitutions) ??
    catalogueMessage(CATALOGUES.en, key, substitutions) ??
    key
  );
}

/** Whether `key` names a message (for keys built from codes, e.g. `factsIssue…`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGUES.en, key);
}
