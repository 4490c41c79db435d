// *Pick the chat area*: the worker runs the pick, since the popup closes as soon as the user clicks the
// page. The popup closes itself at once, so the keyboard reaches the page (arrow keys, Enter, Esc); the
// result is told in a notification, and here when the popup is still open (a popup shown as a tab).
import { useEffect, useState } from 'preact/hooks';
import { onEvent, request } from '../../messaging/client';
import { pickedText, pickedTone } from '../../messaging/pickOutcome';
import type { PickOutcome } from '../../messaging/protocol';
import { describeError } from '../shared/errors';
import { t, uiLanguage } from '../shared/i18n';
import { UnassignedLines } from '../shared/UnassignedLines';
import { targetWindowId } from './targetWindow';

type State = { kind: 'idle' } | { kind: 'waiting'; pick: string } | { kind: 'ended'; result: PickOutcome };

interface Props {
  /** Beside the fallbacks when no chat was found, or the small second chance under a capture. */
  variant: 'fallback' | 'again';
  disabled?: boolean;
  onSaved: (itemCount?: number) => void;
}

export function PickChatArea({ variant, disabled, onSaved }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      onEvent('chat/pick-result', (result) => {
        setState((s) => (s.kind === 'waiting' && s.pick === result.pick ? { kind: 'ended', result } : s));
        if (result.kind === 'saved') onSaved(result.outcome.itemCount);
      }),
    [],
  );
  const start = async () => {
    setError(null);
    try {
      const { pick } = await request('chat/pick', { windowId: await targetWindowId() });
      setState({ kind: 'waiting', pick });
      window.close();
    } catch (e) {
      setError(describeError(e));
    }
  };
  const result = state.kind === 'ended' ? state.result : null;
  return (
    <div class="pick">
      <button type="button" class={`pick-${variant}`} onClick={start} disabled={disabled}>
        {t(variant === 'again' ? 'chatPickAgain' : 'chatPickButton')}
      </button>
      {state.kind === 'waiting' && <p class="muted">{t('chatPickWaiting')}</p>}
      {(result || error) && (
        <div class={`status ${result ? pickedTone(result) : 'error'}`} data-testid="pick-status" role="status">
          {error ?? (result && pickedText(uiLanguage(), result))}
          {result?.kind === 'saved' && <UnassignedLines lines={result.outcome.unassigned} />}
        </div>
      )}
    </div>
  );
}
