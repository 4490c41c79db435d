// What a list row shows for the text kinds: a label in place of the thumbnail, and for a
// transcript its widget and message count (with a live mark while it records).
import type { Evidence, TranscriptEvidence } from '../../domain/evidence';
import { WIDGET_NAMES } from '../../domain/transcript';
import { t } from '../shared/i18n';

export function KindLabel({ item }: { item: Evidence }) {
  return <span class="kind-icon">{item.kind === 'transcript' ? t('chatKind') : t('selectionKind')}</span>;
}

export function TranscriptSummary({ item }: { item: TranscriptEvidence }) {
  const live = item.recording && !item.recording.stoppedAt;
  return (
    <div class="muted" data-testid="transcript-summary">
      {live && <span class="rec">{t('recordingLive')} · </span>}
      {item.recording?.interrupted && <strong class="incomplete">{t('recordingInterruptedShort')} · </strong>}
      {WIDGET_NAMES[item.widget] ?? t('chatWidgetGeneric')} · {t('chatMessageCount', item.messageCount)}
      {item.partial && <strong class="incomplete"> · {t('chatMayBeIncomplete')}</strong>}
    </div>
  );
}
