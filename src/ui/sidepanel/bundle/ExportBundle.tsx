// "Export bundle": builds the zip in this page with a progress bar and Cancel, then downloads it.
// Nothing reaches the downloads folder until the zip is complete, so closing the panel or
// cancelling mid-export leaves no broken file behind.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportCaseBundle } from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';
import { saveBlob } from './download';
import { describeBundleError } from './messages';
import { useSourcesLeftOut } from './SourcesLeftOut';

/** How long building the zip took (click → Blob ready), read by scripts/bench/bundle-export.mjs. */

type State =
  | { step: 'idle' }
  | { step: 'zipping'; done: number; total: number }
  | { step: 'saving'; fileName: string }
  | { step: 'saved'; fileName: string; excluded: number }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

/**
 * `variant="public"`: "Export public bundle", the redacted copies only, for posting (its originals are
 * withheld by hash on purpose, so it asks nothing). `onInclude` ticks items "In letter".
 */
export function ExportBundle({
  caseId,
  prominent,
  variant,
  onInclude,
}: {
  caseId: string;
  prominent: boolean;
  variant?: 'public';
  onInclude?: (evidenceIds: string[]) => Promise<void>;
}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ step: 'zipping', done: 0, total: 1 });
    try {
      const { blob, fileName, excluded } = await exportCaseBundle(caseId, {
        signal: abort.signal,
        ...(variant ? { variant } : {}),
        onProgress: ({ done, total }) => setState({ step: 'zipping', done, total }),
      });
      setState({ step: 'saving', fileName });
      await saveBlob(blob, fileName);
      setState({ step: 'saved', fileName, excluded });
    } catch (error) {
      setState(abort.signal.aborted ? { step: 'cancelled' } : { step: 'failed', message: describeBundleError(error) });
    } finally {
      controller.current = null;
    }
  };

  const fail = (error: unknown) => setState({ step: 'failed', message: describeBundleError(error) });
  const busyNow = (asking: boolean) => setState(asking ? { step: 'zipping', done: 0, total: 1 } : { step: 'idle' });
  const { ask, warning } = useSourcesLeftOut(caseId, !variant, { busy: busyNow, start, include: onInclude, fail });

  const busy = state.step === 'zipping' || state.step === 'saving';
  const percent = state.step === 'zipping' ? Math.floor((state.done / Math.max(1, state.total)) * 100) : 0;
  return (
    <div class="bundle-export">
      <button type="button" class={!variant && prominent ? 'primary' : undefined} onClick={ask} disabled={busy}>
        {variant ? t('exportPublicBundle') : t('exportBundle')}
      </button>
      {variant && <p class="muted">{t('exportPublicHelp')}</p>}
      {warning}
      {state.step === 'zipping' && (
        <div class="bundle-progress">
          <label for={`bundle-progress-${variant ?? 'full'}`}>{t('exportProgress', percent)}</label>
          <progress id={`bundle-progress-${variant ?? 'full'}`} max={state.total} value={state.done} />
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('cancel')}
          </button>
        </div>
      )}
      <p class="muted" role="status">
        {state.step === 'saving' && t('exportSaving', state.fileName)}
        {state.step === 'saved' && t('exportSaved', state.fileName)}
        {state.step === 'cancelled' && t('exportCancelled')}
      </p>
      {state.step === 'saved' && state.excluded > 0 && (
        <p class="muted" data-testid="export-excluded">
          {state.excluded === 1 ? t('exportExcludedOne') : t('exportExcludedMany', state.excluded)}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="status error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
