// "Redact a copy" in an item's viewer: opens the redaction editor for a screenshot (boxes) or a
// transcript or selection (suggested spans). The item itself is never changed.
import { useState } from 'preact/hooks';
import type { Evidence } from '../../../domain/evidence';
import type { RedactionSpan } from '../../../domain/redaction/detect';
import type { RedactionBox } from '../../../domain/redaction/derive';
import { request } from '../../../messaging/client';
import { describeError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { ViewerDialog } from '../ViewerDialog';
import { RedactImage } from './RedactImage';
import { RedactText } from './RedactText';

export function RedactButton({ item }: { item: Evidence }) {
  const [open, setOpen] = useState(false);
  const title = item.title || t('untitledPage');
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('redactCopy')}
      </button>
      {open && (
        <ViewerDialog title={t('redactTitle', title)} testId="redact-dialog" onClose={() => setOpen(false)}>
          {item.kind === 'screenshot' ? <RedactImage item={item} /> : <RedactText item={item} />}
        </ViewerDialog>
      )}
    </>
  );
}

export type RedactState = 'idle' | 'saving' | 'saved' | { error: string };

/** The editor's state and its Save: asks the worker for the copy with the boxes or spans given. */
export function useRedactSave(evidenceId: string) {
  const [state, setState] = useState<RedactState>('idle');
  const save = async (redactions: { boxes?: RedactionBox[]; spans?: RedactionSpan[] }) => {
    setState('saving');
    try {
      await request('redact/create', { evidenceId, ...redactions });
      setState('saved');
    } catch (error) {
      setState({ error: describeError(error) });
    }
  };
  return { state, setState, save };
}

/** The line under the editor after saving, or why it failed. */
export function RedactStatus({ state }: { state: RedactState }) {
  if (state === 'saved') return <p class="status ok">{t('redactSaved')}</p>;
  if (typeof state === 'object')
    return (
      <p class="status error" role="alert">
        {state.error}
      </p>
    );
  return null;
}
