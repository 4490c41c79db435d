// Keyboard for the evidence list: the list is one Tab stop (the active row); ↑/↓, Home/End move
// between rows, ←/→ between a row's controls, Enter on a row opens it, Space selects it and
// Shift+↑/↓ extend the selection. Rows are virtualised, so moving to a row first scrolls it into the
// rendered range.

const CONTROLS = 'button:not(:disabled), input:not(:disabled)';

export interface RovingOptions {
  order: readonly string[];
  rowHeight: number;
  list: { readonly current: HTMLElement | null };
  onActive: (id: string) => void;
  onOpen: (id: string) => void;
  /** Space on a row: select it or not. */
  onToggle?: (id: string) => void;
  /** Shift+↑/↓: select the run from the anchor (or the row left, `from`) to the row reached. */
  onExtend?: (to: string, from: string) => void;
}

function rowOf(el: Element | null): HTMLElement | null {
  return (el?.closest('[data-exhibit-id]') as HTMLElement | null) ?? null;
}

export function focusRow(options: RovingOptions, index: number): void {
  const id = options.order[Math.max(0, Math.min(options.order.length - 1, index))];
  const list = options.list.current;
  if (id === undefined || !list) return;
  options.onActive(id);
  const find = () => list.querySelector<HTMLElement>(`[data-exhibit-id="${CSS.escape(id)}"]`);
  const row = find();
  if (row) {
    row.focus();
    return;
  }
  const top = list.getBoundingClientRect().top + window.scrollY + options.order.indexOf(id) * options.rowHeight;
  window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3) });
  // The scroll handler renders the new range on the next frame.
  requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
}

export function rovingKeyDown(options: RovingOptions, e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  const row = rowOf(target);
  if (!row) return;
  const index = options.order.indexOf(row.dataset.exhibitId ?? '');
  const typing = target instanceof HTMLInputElement && target.type === 'text';
  // In the caption, ←/→ move the caret; they leave the field only from its start or end.
  const caretAtEdge =
    !typing ||
    (e.key === 'ArrowRight' && target.selectionStart === target.value.length) ||
    (e.key === 'ArrowLeft' && target.selectionEnd === 0);
  const stops = [row, ...row.querySelectorAll<HTMLElement>(CONTROLS)];
  const at = stops.indexOf(target);
  const id = row.dataset.exhibitId ?? '';
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const next = index + (e.key === 'ArrowDown' ? 1 : -1);
    const to = options.order[next];
    if (e.shiftKey && to !== undefined) options.onExtend?.(to, id);
    focusRow(options, next);
  } else if (target === row && e.key === ' ' && options.onToggle) options.onToggle(id);
  else if (!typing && (e.key === 'Home' || e.key === 'End'))
    focusRow(options, e.key === 'Home' ? 0 : options.order.length - 1);
  else if (caretAtEdge && (e.key === 'ArrowRight' || e.key === 'ArrowLeft'))
    stops[(at + (e.key === 'ArrowRight' ? 1 : -1) + stops.length) % stops.length]?.focus();
  else if (target === row && e.key === 'Enter') options.onOpen(id);
  else return;
  e.preventDefault();
}

export function rovingFocusIn(options: RovingOptions, e: FocusEvent): void {
  const id = rowOf(e.target as Element)?.dataset.exhibitId;
  if (id) options.onActive(id);
}
