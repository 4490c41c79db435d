// "Export bundle": builds the zip in this page with a progress bar and Cancel, then downloads it.
// Nothing reaches the downloads folder until the zip is complete, so closing the panel or
// cancelling mid-export leaves no broken file behind.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportCaseBundle } from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';
import { useLatestAction } from '../../shared/latestAction';
import { saveBlob, type SavedFile as Saved } from './download';
import { SavedFile } from './SavedFile';
import { describeBundleError } from './messages';

type State =
  | { step: 'idle' }
  | { step: 'zipping'; done: number; total: number }
  | { step: 'saving'; fileName: string }
  | { step: 'saved'; fileName: string; saved: Saved; excluded: number }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

/** `variant="public"`: "Export public bundle", the redacted copies only, for posting. */
export function ExportBundle({
  caseId,
  prominent,
  variant,
}: {
  caseId: string;
  prominent: boolean;
  variant?: 'public';
}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const { latest, begin } = useLatestAction();
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    begin();
    setState({ step: 'zipping', done: 0, total: 1 });
    try {
      const { blob, fileName, excluded } = await exportCaseBundle(caseId, {
        signal: abort.signal,
        ...(variant ? { variant } : {}),
        onProgress: ({ done, total }) => setState({ step: 'zipping', done, total }),
      });
      setState({ step: 'saving', fileName });
      setState({ step: 'saved', fileName, saved: await saveBlob(blob, fileName), excluded });
    } catch (error) {
      setState(abort.signal.aborted ? { step: 'cancelled' } : { step: 'failed', message: describeBundleError(error) });
    } finally {
      controller.current = null;
    }
  };

  const busy = state.step === 'zipping' || state.step === 'saving';
  const percent = state.step === 'zipping' ? Math.floor((state.done / Math.max(1, state.total)) * 100) : 0;
  // A result stays until another action starts (an export in progress always shows).
  const shown: State = latest || busy ? state : { step: 'idle' };
  return (
    <div class="bundle-export">
      <button type="button" class={!variant && prominent ? 'primary' : undefined} onClick={start} disabled={busy}>
        {variant ? t('exportPublicBundle') : t('exportBundle')}
      </button>
      {variant && <p class="muted">{t('exportPublicHelp')}</p>}
      {shown.step === 'zipping' && (
        <div class="bundle-progress">
          <label for={`bundle-progress-${variant ?? 'full'}`}>{t('exportProgress', percent)}</label>
          <progress id={`bundle-progress-${variant ?? 'full'}`} max={shown.total} value={shown.done} />
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {shown.step === 'saved' ? (
        <SavedFile saved={shown.saved} planned={shown.fileName} />
      ) : (
        <p class="muted" role="status">
          {shown.step === 'saving' && t('exportSaving', shown.fileName)}
          {shown.step === 'cancelled' && t('exportCancelled')}
        </p>
      )}
      {shown.step === 'saved' && shown.excluded > 0 && (
        <p class="muted" data-testid="export-excluded">
          {shown.excluded === 1 ? t('exportExcludedOne') : t('exportExcludedMany', shown.excluded)}
        </p>
      )}
      {shown.step === 'failed' && (
        <p class="status error" role="alert">
          {shown.message}
        </p>
      )}
    </div>
  );
}
