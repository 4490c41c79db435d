// What the user can do with the selected rows: leave them out of the letter or put them back,
// delete them (after a confirmation that says how many of which kinds), or export just them.
import { useRef, useState } from 'preact/hooks';
import { afterDeleting, setExhibitsIncluded } from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import { localeTag } from '../../domain/language';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { type MessageKey, t, uiLanguage } from '../shared/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportSelected } from './ExportSelected';
import { countKinds } from './selection';
import type { Workspace } from './useWorkspace';

const KIND_COUNT: Record<string, [MessageKey, MessageKey]> = {
  screenshot: ['kindScreenshotOne', 'kindScreenshotMany'],
  transcript: ['kindChatOne', 'kindChatMany'],
  selection: ['kindExcerptOne', 'kindExcerptMany'],
};

/** "2 screenshots and 1 chat transcript" in the panel's language. */
function kindsText(items: readonly Evidence[]): string {
  const parts = [...countKinds(items)].map(([kind, n]) => {
    const [one, many] = KIND_COUNT[kind] ?? KIND_COUNT.screenshot ?? ['kindScreenshotOne', 'kindScreenshotMany'];
    return n === 1 ? t(one) : t(many, n);
  });
  return new Intl.ListFormat(localeTag(uiLanguage()), { type: 'conjunction' }).format(parts);
}

interface Props {
  caseId: string;
  selected: Evidence[];
  workspace: Workspace;
  onClear: () => void;
  /** After a delete: reload the list and put the focus back in it. */
  onDeleted: () => Promise<void>;
  onError: (message: string) => void;
}

export function SelectionBar({ caseId, selected, workspace, onClear, onDeleted, onError }: Props) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const ids = selected.map((e) => e.id);
  const include = (on: boolean) => workspace.setExhibits(setExhibitsIncluded(workspace.exhibits, ids, on));
  const remove = async () => {
    setConfirming(false);
    const deleted: string[] = [];
    for (const id of ids) {
      try {
        await request('evidence/delete', { evidenceId: id });
        deleted.push(id);
      } catch (e) {
        onError(describeError(e));
        break;
      }
    }
    workspace.setExhibits(afterDeleting(workspace.exhibits, deleted));
    onClear();
    await onDeleted();
  };
  // The live region stays in the page, so a screen reader hears the count change from nothing too.
  const count = (
    <p class="visually-hidden" role="status">
      {selected.length > 0 ? t('selectedCount', selected.length) : ''}
    </p>
  );
  if (selected.length === 0) return count;
  return (
    <section class="selection-bar" aria-label={t('selectionToolbar')} data-testid="selection-bar">
      {count}
      <strong aria-hidden="true">{t('selectedCount', selected.length)}</strong>
      <button type="button" onClick={() => include(false)}>
        {t('selectionExclude')}
      </button>
      <button type="button" onClick={() => include(true)}>
        {t('selectionInclude')}
      </button>
      <ExportSelected caseId={caseId} ids={ids} onError={onError} />
      <button type="button" class="danger" ref={deleteButton} onClick={() => setConfirming(true)}>
        {t('selectionDelete')}
      </button>
      <button type="button" onClick={onClear}>
        {t('selectionClear')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('confirmDeleteManyTitle', selected.length)}
          body={t('confirmDeleteManyBody', kindsText(selected))}
          confirmLabel={t('confirmDelete')}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => deleteButton.current?.focus());
          }}
        />
      )}
    </section>
  );
}
