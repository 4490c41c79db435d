// Text of a captured chat that is in no message, shown as found, each line with the message it
// follows: the user sees plainly what the capture may lack instead of a confident count.
import type { UnassignedLine } from '../../domain/transcript';
import { t } from './i18n';

export function UnassignedLines({ lines }: { lines: readonly UnassignedLine[] }) {
  if (!lines.length) return null;
  return (
    <div class="unassigned" data-testid="chat-unassigned">
      <p>{t('chatUnassignedIntro')}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            <span class="muted">
              {line.after < 0 ? t('chatUnassignedFirst') : t('chatUnassignedAfter', line.after + 1)}
            </span>{' '}
            <q>{line.text}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
