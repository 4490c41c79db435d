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
import { useSourcesLeftOut } from './SourcesLeftOut';

type State =
  | { step: 'idle' }
  | { step: 'zipping'; done: number; total: number }
  | { step: 'saving'; fileName: string }
  | { step: 'saved'; fileName: string; saved: Saved; excluded: number }
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

  const fail = (error: unknown) => setState({ step: 'failed', message: describeBundleError(error) });
  const busyNow = (asking: boolean) => setState(asking ? { step: 'zipping', done: 0, total: 1 } : { step: 'idle' });
  const { ask, warning } = useSourcesLeftOut(caseId, !variant, { busy: busyNow, start, include: onInclude, fail });

  const busy = state.step === 'zipping' || state.step === 'saving';
  const percent = state.step === 'zipping' ? Math.floor((state.done / Math.max(1, state.total)) * 100) : 0;
  // A result stays until another action starts (an export in progress always shows).
  const shown: State = latest || busy ? state : { step: 'idle' };
  return (
    <div class="bundle-export">
      <button
        type="button"
        class={!variant && prominent ? 'primary' : undefined}
        onClick={() => {
          begin();
          void ask();
        }}
        disabled={busy}
      >
        {variant ? t('exportPublicBundle') : t('exportBundle')}
      </button>
      {variant && <p class="muted">{t('exportPublicHelp')}</p>}
      {warning}
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
