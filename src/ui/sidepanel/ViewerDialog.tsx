// The modal shell every evidence viewer shares: a titled dialog, its body, and a Close button
// that takes the focus; Escape closes it too.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatCaptureTime, t } from '../shared/i18n';
import { TimestampLines } from './TimestampLines';

interface ViewerDialogProps {
  title: string;
  testId: string;
  className?: string;
  onClose: () => void;
  children: ComponentChildren;
}

export function ViewerDialog({ title, testId, className, onClose, children }: ViewerDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const headingId = `${testId}-title`;
  return (
    <dialog
      ref={dialog}
      class={className ? `viewer ${className}` : 'viewer'}
      aria-labelledby={headingId}
      onCancel={onClose}
      data-testid={testId}
    >
      <div class="dialog-body">
        <h2 id={headingId}>{title}</h2>
        {children}
      </div>
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={onClose} autofocus>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}

/** "Captured at" as the user reads it, with the exact RFC 3339 stamp beside it. */
export function CaptureTimeRow({ label, ms, zone, stamp }: { label: string; ms: number; zone: string; stamp: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {formatCaptureTime(ms, zone)} ({stamp})
      </dd>
    </>
  );
}

/** The original's SHA-256, and the trusted timestamps over it. */
export function HashRow({ sha256, evidenceId }: { sha256: string; evidenceId: string }) {
  return (
    <>
      <dt>{t('metaSha256')}</dt>
      <dd>
        <code>{sha256}</code>
        <TimestampLines evidenceId={evidenceId} sha256={sha256} />
      </dd>
    </>
  );
}
