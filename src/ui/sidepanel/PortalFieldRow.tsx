// One portal field: its text (editable, kept per case when the panel closes, with a way back to the draft),
// a live character count against a suggested limit the user can change, and a Copy button named for the field.
import { useState } from 'preact/hooks';
import { charCount, type PortalField } from '../../domain/filings/portal';
import type { PortalEdit } from '../../domain/filings/portalEdit';
import { t } from '../shared/i18n';
import { PortalLimit } from './PortalLimit';
import { useFieldEdit } from './useFieldEdit';

interface Props {
  id: string;
  field: PortalField;
  /** The portal or filing document the field belongs to, the key its edit is kept under. */
  slot: string;
  saved?: PortalEdit;
  onSave: (edit: PortalEdit) => Promise<void>;
}

export function PortalFieldRow({ id, field, slot, saved, onSave }: Props) {
  const [status, setStatus] = useState('');
  const edit = useFieldEdit(slot, field, saved, onSave, () => setStatus(t('filingsSaveFailed')));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(edit.text);
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
        rows={Math.min(8, 1 + Math.ceil(charCount(edit.text) / 40))}
        value={edit.text}
        onInput={(e) => edit.setText(e.currentTarget.value)}
        onBlur={edit.flush}
        aria-describedby={`${id}-count`}
      />
      {edit.draftChanged && <p class="hint">{t('filingsDraftChanged')}</p>}
      <div class="actions">
        <PortalLimit
          id={id}
          label={field.label}
          count={charCount(edit.text)}
          limit={edit.limit}
          onLimit={edit.setLimit}
        />
        <button type="button" onClick={() => void copy()} aria-label={t('filingsCopy', field.label)}>
          {t('filingsCopyButton')}
        </button>
        {edit.edited && (
          <button
            type="button"
            onClick={() => {
              edit.backToDraft();
              setStatus(t('filingsDraftRestored', field.label));
            }}
            aria-label={t('filingsBackToDraftFor', field.label)}
          >
            {t('filingsBackToDraft')}
          </button>
        )}
        <span role="status" class="muted">
          {status}
        </span>
      </div>
    </div>
  );
}
