// The calm line on a duplicate: "Same as E01 · Merge", or once merged "Merged into E01 · Undo".
// Merging keeps both originals and their hashes; the redundant item leaves the letter, linked.
import type { DuplicateFinding, MergedDuplicate } from '../../domain/complaint';
import { t } from '../shared/i18n';

const FOUND = {
  'same-file': 'duplicateSameFile',
  'same-pixels': 'duplicateSamePixels',
  contained: 'duplicateContained',
} as const;

interface Props {
  finding?: DuplicateFinding;
  merged?: MergedDuplicate;
  /** How the list names an item: its exhibit number, or its title when it is left out. */
  labelOf: (id: string) => string;
  onMerge: (finding: DuplicateFinding) => void;
  onUndo: () => void;
}

export function DuplicateNotice({ finding, merged, labelOf, onMerge, onUndo }: Props) {
  if (merged) {
    const into = labelOf(merged.into);
    return (
      <div class="duplicate-notice muted" data-testid="duplicate-notice">
        <span>{t('duplicateMerged', into)}</span>
        <button type="button" class="small" tabIndex={-1} onClick={onUndo} aria-label={t('duplicateUndoLabel', into)}>
          {t('duplicateUndo')}
        </button>
      </div>
    );
  }
  if (!finding) return null;
  const kept = labelOf(finding.keptId);
  return (
    <div class="duplicate-notice" data-testid="duplicate-notice">
      <span>{t(FOUND[finding.relation], kept)}</span>
      <button
        type="button"
        class="small"
        tabIndex={-1}
        onClick={() => onMerge(finding)}
        aria-label={t('duplicateMergeLabel', kept)}
        title={t('duplicateMergeLabel', kept)}
      >
        {t('duplicateMerge')}
      </button>
    </div>
  );
}
