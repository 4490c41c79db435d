// Evidence & exhibits: every item in exhibit order (E01… in timeline order unless the user moved
// it), include/exclude and move up/down. Virtualised against the page's scroll, so 2,000 items
// render as a screenful of rows and thumbnails load only for those.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { moveExhibit, numberExhibits, setExhibitIncluded } from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { EvidenceViewer } from './EvidenceViewer';
import { SelectionViewer } from './SelectionViewer';
import { TranscriptViewer } from './TranscriptViewer';
import { ExhibitRow } from './ExhibitRow';
import { TimestampsContext, useCaseTimestamps } from './TimestampLines';
import type { Workspace } from './useWorkspace';
import { visibleRange } from './workspaceModel';

const ROW_HEIGHT = 172;

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
  const [range, setRange] = useState({ start: 0, end: 12 });
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

  useEffect(() => {
    const update = () => {
      const top = list.current ? list.current.getBoundingClientRect().top : 0;
      const next = visibleRange(-top, window.innerHeight, ROW_HEIGHT, order.length);
      setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [order.length]);

  const move = (id: string, to: number) => {
    workspace.setExhibits(moveExhibit(items, settings, id, to));
    // Keep focus on the moved row's button so keyboard users can keep moving it.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-exhibit-id="${id}"] .move-${to < order.indexOf(id) ? 'up' : 'down'}`)
        ?.focus(),
    );
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await request('evidence/delete', { evidenceId: deleting.id });
    } catch (e) {
      onError(describeError(e));
    }
    setDeleting(null);
    await onReload();
  };

  return (
    <TimestampsContext.Provider value={stamps}>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('evidenceHeading')}</h2>
        <p class="muted hint">{t('exhibitHint', numbers.size, items.length)}</p>
        {items.length === 0 && <p class="empty muted">{t('noEvidence')}</p>}
        <ul
          ref={list}
          class="evidence-list virtual"
          aria-label={t('evidenceHeading')}
          style={{ height: `${order.length * ROW_HEIGHT}px` }}
        >
          {order.slice(range.start, range.end).map((id, i) => {
            const item = byId.get(id);
            const index = range.start + i;
            return item ? (
              <ExhibitRow
                key={id}
                item={item}
                top={index * ROW_HEIGHT}
                number={numbers.get(id) ?? null}
                first={index === 0}
                last={index === order.length - 1}
                onInclude={(on) => workspace.setExhibits(setExhibitIncluded(settings, id, on))}
                onMove={(step) => move(id, index + step)}
                onOpen={() => setViewing(item)}
                onDelete={() => setDeleting(item)}
              />
            ) : null;
          })}
        </ul>
        {viewing?.kind === 'screenshot' && <EvidenceViewer item={viewing} onClose={() => setViewing(null)} />}
        {viewedTranscript && <TranscriptViewer item={viewedTranscript} onClose={() => setViewing(null)} />}
        {viewing?.kind === 'selection' && <SelectionViewer item={viewing} onClose={() => setViewing(null)} />}
        {deleting && (
          <ConfirmDialog
            title={t('confirmDeleteTitle')}
            body={t('confirmDeleteBody')}
            confirmLabel={t('confirmDelete')}
            onConfirm={confirmDelete}
            onCancel={() => setDeleting(null)}
          />
        )}
      </section>
    </TimestampsContext.Provider>
  );
}
