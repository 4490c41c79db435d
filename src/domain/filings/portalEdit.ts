// The user's own version of one copy block (a portal field or a filing document) of one case: their text
// and their limit, each absent while they follow the draft. Both absent means back to the drafted text.

export interface PortalEdit {
  /** The portal (`cn-12300`) or the filing document (`data-access`, `us-credit`, …) the block belongs to. */
  portal: string;
  /** The block's key within it (`story`, `demands`, `document`). */
  field: string;
  /** The user's text; absent while the block shows the live draft. */
  text?: string;
  /** The user's soft limit; absent while the block uses the suggested one. */
  limit?: number;
  /** The draft the text was edited from, so the panel can say when the draft has changed since. */
  baseText?: string;
}

export const MAX_EDIT_KEY = 64;
export const MAX_EDIT_LIMIT = 100_000;

/** The edit kept for `portal`/`field`, if any. */
export function editFor(edits: readonly PortalEdit[], portal: string, field: string): PortalEdit | undefined {
  return edits.find((e) => e.portal === portal && e.field === field);
}

/** Nothing left to keep: the block follows the draft again. */
export const isDraftAgain = (edit: PortalEdit): boolean => edit.text === undefined && edit.limit === undefined;

/** A well-formed edit from untrusted input, or null. */
export function checkedEdit(edit: PortalEdit, maxText: number): PortalEdit | null {
  const keyOk = (k: unknown) => typeof k === 'string' && k.length > 0 && k.length <= MAX_EDIT_KEY;
  if (!keyOk(edit.portal) || !keyOk(edit.field)) return null;
  const textOk = (t: unknown) => t === undefined || (typeof t === 'string' && t.length <= maxText);
  if (!textOk(edit.text) || !textOk(edit.baseText)) return null;
  const limitOk =
    Number.isInteger(edit.limit) && (edit.limit as number) >= 0 && (edit.limit as number) <= MAX_EDIT_LIMIT;
  if (edit.limit !== undefined && !limitOk) return null;
  return {
    portal: edit.portal,
    field: edit.field,
    ...(edit.text !== undefined ? { text: edit.text } : {}),
    ...(edit.limit !== undefined ? { limit: edit.limit } : {}),
    ...(edit.text !== undefined && edit.baseText !== undefined ? { baseText: edit.baseText } : {}),
  };
}
