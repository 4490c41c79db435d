// "Capture full page": asks the worker to scroll and stitch this window's tab, shows which tile it
// is on with a Cancel, then confirms (saying when the page was saved in parts) or says why not.
import { useEffect, useState } from 'preact/hooks';
import { onEvent, request } from '../../messaging/client';
import type { CaptureOutcome } from '../../messaging/protocol';
import { describeError } from '../shared/errors';
import { formatCaptureTime, t } from '../shared/i18n';
import { useLatestAction } from '../shared/latestAction';
import { CaptureResult } from './CaptureStatus';
import { TimestampNote } from './TimestampNote';
import { targetWindowId } from './targetWindow';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; jobId: string; done: number; total: number }
  | { kind: 'saved'; outcome: CaptureOutcome }
  | { kind: 'error'; message: string };

function savedText(outcome: CaptureOutcome): string {
  const e = outcome.evidence;
  const time = formatCaptureTime(e.capturedAtMs, e.timeZone, false);
  const parts = e.kind === 'screenshot' ? (e.fullPage?.parts ?? 1) : 1;
  return parts > 1 ? t('fullPageSavedParts', time, parts) : t('fullPageSaved', time);
}

export function FullPageButton({ onCaptured }: { onCaptured: (itemCount: number) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const { latest, begin } = useLatestAction();
  const jobId = state.kind === 'busy' ? state.jobId : null;
  useEffect(
    () =>
      jobId === null
        ? undefined
        : onEvent('capture/progress', (p) => {
            if (p.jobId === jobId) setState({ kind: 'busy', jobId, done: p.done, total: p.total });
          }),
    [jobId],
  );

  const capture = async () => {
    const job = crypto.randomUUID();
    begin();
    setState({ kind: 'busy', jobId: job, done: 0, total: 0 });
    try {
      const outcome = await request('capture/full-page', { windowId: await targetWindowId(), jobId: job });
      setState({ kind: 'saved', outcome });
      onCaptured(outcome.itemCount);
    } catch (error) {
      setState({ kind: 'error', message: describeError(error) });
    }
  };
  const busy = state.kind === 'busy';
  const stitching = busy && state.total > 0 && state.done === state.total;

  return (
    <>
      <div class="full-page-row">
        <button type="button" class="capture" onClick={capture} disabled={busy} aria-busy={busy}>
          {t('captureFullPage')}
        </button>
        {busy && (
          <button type="button" onClick={() => void request('capture/cancel', { jobId: state.jobId })}>
            {t('cancelCapture')}
          </button>
        )}
      </div>
      {/* One live region per message: the progress line, the saved line with its note, or the alert. */}
      <div data-testid="full-page-status">
        {busy && (
          <p class="status progress" role="status">
            <progress max={state.total || 1} value={state.done} aria-label={t('captureFullPage')} />
            <span>{stitching ? t('fullPageStitching') : t('fullPageProgress', state.done + 1, state.total || 1)}</span>
          </p>
        )}
        {latest && state.kind === 'saved' && (
          <div role="status">
            <CaptureResult thumbnail={state.outcome.thumbnail} text={savedText(state.outcome)} />
            <TimestampNote evidenceId={state.outcome.evidence.id} />
          </div>
        )}
        {latest && state.kind === 'error' && <CaptureResult error={state.message} />}
      </div>
    </>
  );
}
