// A caption saved as the user types (debounced) and when the field loses focus.
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';
import { useDebouncedText } from './useDebouncedText';

export function CaptionField({ evidenceId, caption }: { evidenceId: string; caption: string }) {
  const field = useDebouncedText(caption, (text) => void request('evidence/caption', { evidenceId, caption: text }));
  const id = `caption-${evidenceId}`;
  return (
    <>
      <label for={id} class="visually-hidden">
        {t('captionLabel')}
      </label>
      <input id={id} maxLength={2000} tabIndex={-1} placeholder={t('captionPlaceholder')} {...field} />
    </>
  );
}
