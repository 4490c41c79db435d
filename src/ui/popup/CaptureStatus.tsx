// What a capture button shows after its capture: the thumbnail with a line of text, or the error.
import { t } from '../shared/i18n';

export function CaptureResult({
  thumbnail,
  text,
  error,
}: {
  thumbnail?: string | null;
  text?: string;
  error?: string;
}) {
  if (error !== undefined)
    return (
      <p class="status error" role="alert">
        {error}
      </p>
    );
  return (
    <div class="status ok saved">
      {thumbnail && <img src={thumbnail} alt={t('savedThumbnailAlt')} />}
      <span>{text}</span>
    </div>
  );
}
