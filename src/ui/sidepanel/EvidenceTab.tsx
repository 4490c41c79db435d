// Evidence & exhibits: every item in exhibit order (E01… in timeline order unless the user moved
// it), include/exclude and move up/down, select several, and duplicates offered for merging.
// Virtualised against the page's scroll, so 2,000 items render as a screenful of rows and
// thumbnails load only for those.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import {
  afterDeleting,
  mergeDuplicate,
  moveExhibit,
  numberExhibits,
  setExhibitIncluded,
  undoMerge,
} from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { DuplicateNotice } from './DuplicateNotice';
import { EvidenceViewer } from './EvidenceViewer';
import { SelectionViewer } from './SelectionViewer';
import { TranscriptViewer } from './TranscriptViewer';
import { ExhibitRow } from './ExhibitRow';
import { PickResultLine } from './PickResultLine';
import { TimestampsContext, useCaseTimestamps } from './TimestampLines';
import type { Workspace } from './useWorkspace';
import { focusRow, type RovingOptions, rovingFocusIn, rovingKeyDown } from './rovingRows';
import { SelectionBar } from './SelectionBar';
import { useDuplicates } from './useDuplicates';
import { useSelection } from './useSelection';
import './evidenceSelect.css';
import { useVirtualRange } from './useVirtualRange';

const ROW_HEIGHT = 130;

interface Props {
  current: CaseWithCount;
  items: Evidence[];
  workspace: Workspace;
  onError: (message: string) => void;
  onReload: () => Promise<void>;
}

export function EvidenceTab({ current, items, workspace, onError, onReload }: Props) {
  const stamps = useCaseTimestamps(current.id, items);
  const [viewing, setViewing] = useState<Evidence | null>(null);
  const [deleting, setDeleting] = useState<Evidence | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const settings = workspace.exhibits;
  // A recording's item changes with each save: show its latest version live.
  const viewed = items.find((i) => i.id === viewing?.id) ?? viewing;
  const viewedTranscript = viewed?.kind === 'transcript' ? viewed : null;
  const byId = useMemo(() => new Map(items.map((e) => [e.id, e])), [items]);
  const order = useMemo(
    () => numberExhibits(items, { ...settings, excluded: [] }).map((x) => x.evidenceId),
    [items, settings],
  );
  const numbers = useMemo(
    () => new Map(numberExhibits(items, settings).map((x) => [x.evidenceId, x.number])),
    [items, settings],
  );
  const selection = useSelection(order);
  const duplicates = useDuplicates(items);
  const range = useVirtualRange(list, order.length, ROW_HEIGHT);
  const labelOf = (id: string) => numbers.get(id) ?? byId.get(id)?.title ?? t('exhibitExcludedShort');

  const shown = order.slice(range.start, range.end);
  // One Tab stop for the whole list: the active row, or the first rendered one.
  const tabbable = active && shown.includes(active) ? active : shown[0];
  const roving: RovingOptions = {
    order,
    rowHeight: ROW_HEIGHT,
    list,
    onActive: setActive,
    onOpen: (id) => setViewing(byId.get(id) ?? null),
    onToggle: selection.toggle,
    onExtend: selection.extend,
  };

  const move = (id: string, to: number) => {
    workspace.setExhibits(moveExhibit(items, settings, id, to));
    // Keep focus on the moved row's button so keyboard users can keep moving it.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-exhibit-id="${id}"] .move-${to < order.indexOf(id) ? 'up' : 'down'}`)
        ?.focus(),
    );
  };
  /** A closed dialog gives the focus back to the row it was opened from (never to the page body). */
  const refocus = (id: string) =>
    requestAnimationFrame(() => focusRow(roving, Math.max(0, Math.min(order.indexOf(id), order.length - 1))));
  const closeViewer = () => {
    if (viewing) refocus(viewing.id);
    setViewing(null);
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    const at = order.indexOf(deleting.id);
    try {
      await request('evidence/delete', { evidenceId: deleting.id });
      workspace.setExhibits(afterDeleting(settings, [deleting.id]));
    } catch (e) {
      onError(describeError(e));
    }
    setDeleting(null);
    await onReload();
    // The row that takes the deleted one's place (or the new last row) gets the focus.
    requestAnimationFrame(() => focusRow({ ...roving, order: order.filter((id) => id !== deleting.id) }, at));
  };

  return (
    <TimestampsContext.Provider value={stamps}>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('evidenceHeading')}</h2>
        <p class="muted hint" id="evidence-hint">
          {t('exhibitHint', numbers.size, items.length)}
        </p>
        <p class="visually-hidden" id="evidence-keys">
          {t('evidenceKeysHint')}
        </p>
        <PickResultLine />
        {items.length === 0 && <p class="empty muted">{t('noEvidence')}</p>}
        <ul
          ref={list}
          class="evidence-list virtual"
          aria-label={t('evidenceHeading')}
          style={{ height: `${order.length * ROW_HEIGHT}px` }}
          onKeyDown={(e) => rovingKeyDown(roving, e)}
          onFocusIn={(e) => rovingFocusIn(roving, e)}
        >
          {shown.map((id, i) => {
            const item = byId.get(id);
            const index = range.start + i;
            return item ? (
              <ExhibitRow
                key={id}
                item={item}
                top={index * ROW_HEIGHT}
                tabbable={id === tabbable}
                number={numbers.get(id) ?? null}
                first={index === 0}
                last={index === order.length - 1}
                onInclude={(on) => workspace.setExhibits(setExhibitIncluded(settings, id, on))}
                onMove={(step) => move(id, index + step)}
                onOpen={() => setViewing(item)}
                onDelete={() => setDeleting(item)}
                selected={selection.has(id)}
                onSelect={(extend) => (extend ? selection.extend(id) : selection.toggle(id))}
                notice={
                  duplicates.has(id) || settings.merged?.[id] ? (
                    <DuplicateNotice
                      finding={duplicates.get(id)}
                      merged={settings.merged?.[id]}
                      labelOf={labelOf}
                      onMerge={(f) => workspace.setExhibits(mergeDuplicate(settings, f))}
                      onUndo={() => workspace.setExhibits(undoMerge(settings, id))}
                    />
                  ) : undefined
                }
              />
            ) : null;
          })}
        </ul>
        <SelectionBar
          caseId={current.id}
          selected={selection.ids.flatMap((id) => byId.get(id) ?? [])}
          workspace={workspace}
          onClear={selection.clear}
          onDeleted={async () => {
            await onReload();
            requestAnimationFrame(() => focusRow(roving, 0));
          }}
          onError={onError}
        />
        {viewing?.kind === 'screenshot' && <EvidenceViewer item={viewing} onClose={closeViewer} />}
        {viewedTranscript && <TranscriptViewer item={viewedTranscript} workspace={workspace} onClose={closeViewer} />}
        {viewing?.kind === 'selection' && <SelectionViewer item={viewing} onClose={closeViewer} />}
        {deleting && (
          <ConfirmDialog
            title={t('confirmDeleteTitle')}
            body={t('confirmDeleteBody')}
            confirmLabel={t('confirmDelete')}
            onConfirm={confirmDelete}
            onCancel={() => {
              const id = deleting.id;
              setDeleting(null);
              requestAnimationFrame(() =>
                document
                  .querySelector<HTMLElement>(`[data-exhibit-id="${CSS.escape(id)}"] .item-tools .danger`)
                  ?.focus(),
              );
            }}
          />
        )}
      </section>
    </TimestampsContext.Provider>
  );
}
