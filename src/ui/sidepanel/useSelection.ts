// The evidence list's selection state: rows picked for Exclude / Include / Delete / Export selected.
import { useMemo, useState } from 'preact/hooks';
import { extendSelection, NO_SELECTION, type Selection, selectedInOrder, toggleSelected } from './selection';

export interface EvidenceSelection {
  /** Selected ids still in the list, in list order. */
  ids: string[];
  has(id: string): boolean;
  toggle(id: string): void;
  /** Selects the run from the anchor (or `from`, when nothing is anchored yet) to `to`. */
  extend(to: string, from?: string): void;
  clear(): void;
}

export function useSelection(order: readonly string[]): EvidenceSelection {
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const ids = useMemo(() => selectedInOrder(selection, order), [selection, order]);
  return {
    ids,
    has: (id) => selection.ids.has(id),
    toggle: (id) => setSelection((s) => toggleSelected(s, id)),
    extend: (to, from) =>
      setSelection((s) => extendSelection(s.anchor === null && from ? toggleSelected(s, from) : s, order, to)),
    clear: () => setSelection(NO_SELECTION),
  };
}
