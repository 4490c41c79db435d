// One portal field: its text (editable, so the user can shorten it), a live character count
// against a soft limit they can change, and a Copy button named for the field.
import { useState } from 'preact/hooks';
import { charCount, type PortalField } from '../../domain/filings/portal';
import { t } from '../shared/i18n';

export function PortalFieldRow({ id, field }: { id: string; field: PortalField }) {
  const [text, setText] = useState(field.value);
  const [limit, setLimit] = useState(field.softLimit);
  const [status, setStatus] = useState('');
  const count = charCount(text);
  const over = limit > 0 && count > limit;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('filingsCopied', field.label));
    } catch {
      setStatus(t('letterCopyFailed'));
    }
  };
  return (
    <div class="field portal-field" data-field={field.key}>
      <label for={id}>{field.label}</label>
      <textarea
        id={id}
        rows={Math.min(8, 1 + Math.ceil(count / 40))}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        aria-describedby={`${id}-count`}
      />
      <div class="actions">
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
          onInput={(e) => setLimit(Number(e.currentTarget.value) || 0)}
          aria-label={t('filingsLimitFor', field.label)}
        />
        <button type="button" onClick={() => void copy()} aria-label={t('filingsCopy', field.label)}>
          {t('filingsCopyButton')}
        </button>
        <span role="status" class="muted">
          {status}
        </span>
      </div>
    </div>
  );
}
