// One evidence row with its exhibit controls: select, number, include in the letter, move up/down.
import type { ComponentChildren } from 'preact';
import type { Evidence } from '../../domain/evidence';
import { formatCaptureTime, t } from '../shared/i18n';
import { EvidenceItem } from './EvidenceItem';

interface Props {
  item: Evidence;
  top: number;
  /** The list's single Tab stop (the others are reached with the arrow keys). */
  tabbable: boolean;
  number: string | null;
  first: boolean;
  last: boolean;
  onInclude: (included: boolean) => void;
  onMove: (step: -1 | 1) => void;
  onOpen: () => void;
  onDelete: () => void;
  selected: boolean;
  /** A click on the select box (with Shift: select the run from the last one picked). */
  onSelect: (extend: boolean) => void;
  /** A line about the item in the list (a duplicate offered for merging), in place of its address. */
  notice?: ComponentChildren;
}

export function ExhibitRow(props: Props) {
  const { item, top, tabbable, number, first, last, onInclude, onMove, onOpen, onDelete, selected } = props;
  const name = number ?? t('exhibitExcludedShort');
  const checkId = `exhibit-include-${item.id}`;
  const title = item.title || t('untitledPage');
  return (
    <li
      class="exhibit-row"
      style={{ top: `${top}px` }}
      data-exhibit-id={item.id}
      tabIndex={tabbable ? 0 : -1}
      aria-label={[
        name,
        formatCaptureTime(item.capturedAtMs, item.timeZone),
        title,
        ...(selected ? [t('rowSelected')] : []),
      ].join(' · ')}
      aria-describedby="evidence-hint evidence-keys"
    >
      <div class={selected ? 'exhibit-bar selected' : 'exhibit-bar'}>
        <input
          type="checkbox"
          class="select-row"
          tabIndex={-1}
          checked={selected}
          aria-label={t('selectItem', `${name} · ${title}`)}
          onClick={(e) => {
            e.preventDefault();
            props.onSelect(e.shiftKey);
          }}
        />
        <strong class={number ? 'exhibit-number' : 'exhibit-number off'} data-testid="exhibit-number">
          {name}
        </strong>
        <input
          id={checkId}
          type="checkbox"
          tabIndex={-1}
          checked={number !== null}
          onChange={(e) => onInclude(e.currentTarget.checked)}
        />
        <label for={checkId} class="inline">
          {t('exhibitInclude')}
        </label>
        <span class="spacer" />
        <button
          type="button"
          class="move-up small"
          disabled={first}
          tabIndex={-1}
          onClick={() => onMove(-1)}
          aria-label={t('exhibitMoveUp', name)}
        >
          ↑
        </button>
        <button
          type="button"
          class="move-down small"
          disabled={last}
          tabIndex={-1}
          onClick={() => onMove(1)}
          aria-label={t('exhibitMoveDown', name)}
        >
          ↓
        </button>
      </div>
      {/* EvidenceItem is itself a list item (its own list keeps the markup valid). */}
      <ul class="evidence-single">
        <EvidenceItem item={item} onOpen={onOpen} onDelete={onDelete} notice={props.notice} />
      </ul>
    </li>
  );
}
