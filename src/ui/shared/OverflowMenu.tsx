// A "⋯" menu button (WAI-ARIA menu button): Enter/Space/↓ opens it on the first item, ↑/↓/Home/End
// move, Escape closes it and gives the focus back to the button, as does leaving it with Tab.
import { useRef, useState } from 'preact/hooks';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
}

interface Props {
  label: string;
  items: MenuItem[];
  /** The opener, so a dialog opened from an item can give the focus back to it. */
  openerRef?: { current: HTMLButtonElement | null };
}

export function OverflowMenu({ label, items, openerRef }: Props) {
  const [open, setOpen] = useState(false);
  const ownRef = useRef<HTMLButtonElement | null>(null);
  const opener = openerRef ?? ownRef;
  const list = useRef<HTMLDivElement>(null);
  const entries = () => Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? []);
  const focusItem = (i: number) => {
    const all = entries().filter((b) => !b.disabled);
    all[(i + all.length) % all.length]?.focus();
  };
  const show = (at: number) => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(at));
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) opener.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = entries().filter((b) => !b.disabled);
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
    if (to !== undefined) focusItem(to);
    else if (e.key === 'Escape') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div
      class="menu"
      onFocusOut={(e) => {
        if (open && !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        type="button"
        class="menu-button"
        ref={opener}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="case-menu"
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            show(e.key === 'ArrowDown' ? 0 : -1);
          }
        }}
      >
        ⋯
      </button>
      {open && (
        <div id="case-menu" role="menu" aria-label={label} ref={list} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              class={item.danger ? 'danger-text' : undefined}
              disabled={item.disabled}
              onClick={() => {
                close(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
