// Messages of a _locales catalogue with chrome.i18n's substitution rules, resolved here so any
// context can speak the language the user chose in the panel, not only the browser's.

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

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
