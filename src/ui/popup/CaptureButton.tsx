// "Capture screenshot": asks the service worker to capture this window's tab, then confirms
// with the time and a thumbnail, or says plainly why nothing was saved.
import { useState } from 'preact/hooks';
import { request } from '../../messaging/client';
import type { CaptureOutcome } from '../../messaging/protocol';
import { describeError } from '../shared/errors';
import { formatCaptureTime, t } from '../shared/i18n';
import { useLatestAction } from '../shared/latestAction';
import { CaptureResult } from './CaptureStatus';
import { targetWindowId } from './targetWindow';
import { TimestampNote } from './TimestampNote';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; outcome: CaptureOutcome }
  | { kind: 'error'; message: string };

export function CaptureButton({ onCaptured }: { onCaptured: (itemCount: number) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const { latest, begin } = useLatestAction();

  const capture = async () => {
    begin();
    setState({ kind: 'busy' });
    try {
      const outcome = await request('capture/screenshot', { windowId: await targetWindowId() });
      setState({ kind: 'saved', outcome });
      onCaptured(outcome.itemCount);
    } catch (error) {
      setState({ kind: 'error', message: describeError(error) });
    }
  };

  return (
    <>
      <button
        type="button"
        class="primary capture"
        onClick={capture}
        disabled={state.kind === 'busy'}
        aria-busy={state.kind === 'busy'}
      >
        {state.kind === 'busy' ? t('capturing') : t('captureScreenshot')}
      </button>
      {/* One live region per message: the saved line with its timestamp note, or the error's alert. */}
      <div data-testid="capture-status">
        {latest && state.kind === 'saved' && (
          <div role="status">
            <CaptureResult
              thumbnail={state.outcome.thumbnail}
              text={t(
                'savedAt',
                formatCaptureTime(state.outcome.evidence.capturedAtMs, state.outcome.evidence.timeZone, false),
              )}
            />
            <TimestampNote evidenceId={state.outcome.evidence.id} />
          </div>
        )}
        {latest && state.kind === 'error' && <CaptureResult error={state.message} />}
      </div>
    </>
  );
}
