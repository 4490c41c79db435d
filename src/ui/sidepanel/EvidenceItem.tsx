// One row of the evidence list: thumbnail (opens the full image), time, page title and URL,
// caption field and delete. Captured strings render as text, never as markup.
import type { ComponentChildren } from 'preact';
import { type Evidence, originalFileOf } from '../../domain/evidence';
import { formatCaptureTime, t } from '../shared/i18n';
import { CaptionField } from './CaptionField';
import { ItemPreview } from './ItemPreview';
import { KindLabel, TranscriptSummary } from './TranscriptSummary';
import { TimestampLines } from './TimestampLines';

interface Props {
  item: Evidence;
  onOpen: () => void;
  onDelete: () => void;
  /** Shown in place of the address (which the viewer and the title's tooltip still give). */
  notice?: ComponentChildren;
}

export function EvidenceItem({ item, onOpen, onDelete, notice }: Props) {
  const title = item.title || t('untitledPage');
  const viewLabel =
    item.kind === 'transcript'
      ? t('chatViewItem', title)
      : item.kind === 'selection'
        ? t('selectionViewItem', title)
        : t('viewItem', title);

  return (
    <li class="evidence-item" data-testid="evidence-item" data-evidence-id={item.id}>
      {/* Named by its hidden text, the preview hidden from screen readers: a chat's snippet is no label. */}
      <button type="button" class="thumb-button" onClick={onOpen} tabIndex={-1}>
        <span class="visually-hidden">{viewLabel}</span>
        <span class="thumb-visual" aria-hidden="true">
          <ItemPreview item={item} />
          {item.kind !== 'screenshot' && <KindLabel item={item} />}
        </span>
      </button>
      <div class="item-meta">
        <div class="time">
          <time dateTime={item.capturedAt}>{formatCaptureTime(item.capturedAtMs, item.timeZone)}</time>
        </div>
        <div class="title" title={notice ? `${title}\n${item.url}` : title}>
          {title}
        </div>
        {item.kind === 'transcript' && <TranscriptSummary item={item} />}
        <TimestampLines evidenceId={item.id} sha256={originalFileOf(item).sha256} />
        {notice ?? (
          <div class="url muted" title={item.url}>
            {item.url}
          </div>
        )}
      </div>
      <div class="item-tools">
        <CaptionField evidenceId={item.id} caption={item.caption} />
        <button
          type="button"
          class="danger small"
          onClick={onDelete}
          aria-label={t('deleteItemNamed', title)}
          tabIndex={-1}
        >
          {t('deleteItem')}
        </button>
      </div>
    </li>
  );
}
