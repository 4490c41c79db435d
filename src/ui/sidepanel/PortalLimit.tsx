// A portal field's live character count against its suggested limit, and the input to change the limit.
import { t } from '../shared/i18n';

interface Props {
  id: string;
  label: string;
  count: number;
  limit: number;
  onLimit: (limit: number) => void;
}

export function PortalLimit({ id, label, count, limit, onLimit }: Props) {
  const over = limit > 0 && count > limit;
  return (
    <>
      <span id={`${id}-count`} class={over ? 'status error' : 'muted'} data-testid="portal-count">
        {over
          ? t('filingsOver', count, limit)
          : limit > 0
            ? t('filingsCount', count, limit)
            : t('filingsCountOnly', count)}
      </span>
      <label for={`${id}-limit`} class="muted">
        {t('filingsLimit')}
      </label>
      <input
        id={`${id}-limit`}
        type="number"
        min={0}
        class="limit"
        value={limit}
        onInput={(e) => onLimit(Math.max(0, Math.floor(Number(e.currentTarget.value) || 0)))}
        aria-label={t('filingsLimitFor', label)}
      />
    </>
  );
}
