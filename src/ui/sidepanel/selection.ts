// The evidence list's selection (pure): Space or a click toggles one row and makes it the anchor;
// Shift+click or Shift+arrows select the run from the anchor to the row reached.

export interface Selection {
  ids: ReadonlySet<string>;
  /** Where a Shift-extension starts: the last row toggled. */
  anchor: string | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggleSelected(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Adds every row from the anchor to `id` (in list order); without an anchor, `id` alone. */
export function extendSelection(selection: Selection, order: readonly string[], id: string): Selection {
  const to = order.indexOf(id);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  if (to < 0) return selection;
  if (from < 0) return { ids: new Set([...selection.ids, id]), anchor: id };
  const run = order.slice(Math.min(from, to), Math.max(from, to) + 1);
  return { ids: new Set([...selection.ids, ...run]), anchor: selection.anchor };
}

/** The selection without rows that are gone (deleted, or another case), in list order. */
export function selectedInOrder(selection: Selection, order: readonly string[]): string[] {
  return order.filter((id) => selection.ids.has(id));
}

/** How many of each kind, for a confirmation that says what will go. */
export function countKinds(items: readonly { kind: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { kind } of items) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}
