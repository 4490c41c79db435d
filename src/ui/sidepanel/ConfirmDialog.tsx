// A modal question with the safe choice focused first (Esc cancels).
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={onCancel}
      data-testid="confirm-dialog"
    >
      <div class="dialog-body">
        <h2 id="confirm-title">{title}</h2>
        <p id="confirm-body">{body}</p>
      </div>
      <div class="dialog-actions">
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" class="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
