// "Capture chat" and "Record chat" / "Stop recording", with what happened said in words: how many
// messages from which widget, that recording is on, or that no chat was found (then the fallbacks).
import { useEffect, useState } from 'preact/hooks';
import { type UnassignedLine, WIDGET_NAMES } from '../../domain/transcript';
import { onEvent, request } from '../../messaging/client';
import type { CompanionShot, RecordingStatus } from '../../messaging/protocol';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { useLatestAction } from '../shared/latestAction';
import { UnassignedLines } from '../shared/UnassignedLines';
import { ChatFallbacks } from './ChatFallbacks';
import { PickChatArea } from './PickChatArea';
import { RecordingLine } from './RecordingLine';
import { targetWindowId as windowId } from './targetWindow';

export type ChatState =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | {
      kind: 'done';
      text: string;
      partial?: boolean;
      unassigned?: UnassignedLine[];
      screenshot?: CompanionShot;
      /** A capture (not a recording) that may have read the wrong part: offer to pick the chat. */
      offerPick?: true;
    }
  | { kind: 'no-chat'; partial: boolean }
  | { kind: 'error'; message: string };

export const widgetName = (id: string): string => WIDGET_NAMES[id] ?? t('chatWidgetGeneric');

export function ChatButtons({ onSaved }: { onSaved: (itemCount?: number) => void }) {
  const [state, setState] = useState<ChatState>({ kind: 'idle' });
  const [recording, setRecording] = useState<RecordingStatus | null>(null);
  const { latest, begin } = useLatestAction();
  const busy = state.kind === 'busy';

  useEffect(() => {
    const refresh = async () =>
      setRecording(await request('recording/status', { windowId: await windowId() }).catch(() => null));
    void refresh();
    const offs = [
      onEvent('evidence/changed', () => void refresh()),
      onEvent('recording/changed', () => void refresh()),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, []);

  const run = async (label: string, work: () => Promise<ChatState>) => {
    begin();
    setState({ kind: 'busy', label });
    try {
      setState(await work());
    } catch (error) {
      setState({ kind: 'error', message: describeError(error) });
    }
  };
  const capture = () =>
    run(t('chatCapturing'), async () => {
      const outcome = await request('chat/capture', { windowId: await windowId() });
      if (!outcome.found) return { kind: 'no-chat', partial: outcome.partial };
      onSaved(outcome.itemCount);
      const { messageCount, widget } = outcome.evidence;
      const { unassigned } = outcome;
      // Never a confident count over a gap: text left out of every message says so, and is shown.
      const text = unassigned.length
        ? t('chatSavedIncomplete', messageCount, widgetName(widget))
        : messageCount === 1
          ? t('chatSavedOne', widgetName(widget))
          : t('chatSaved', messageCount, widgetName(widget));
      return {
        kind: 'done',
        text,
        partial: outcome.evidence.partial === true,
        unassigned,
        screenshot: outcome.screenshot,
        offerPick: true,
      };
    });
  const start = () =>
    run(t('recordingStarting'), async () => {
      const outcome = await request('recording/start', { windowId: await windowId() });
      if (!outcome.started) return { kind: 'no-chat', partial: outcome.partial };
      setRecording(outcome.status);
      onSaved();
      return { kind: 'idle' };
    });
  const stop = () =>
    run(t('recordingStopButton'), async () => {
      const item = await request('recording/stop', { windowId: await windowId() });
      setRecording(null);
      onSaved();
      if (!item) return { kind: 'idle' };
      return {
        kind: 'done',
        text: item.messageCount === 1 ? t('recordingStoppedOne') : t('recordingStopped', item.messageCount),
      };
    });

  return (
    <section class="chat" aria-label={t('chatKind')}>
      <div class="chat-row">
        <button type="button" onClick={capture} disabled={busy}>
          {t('chatCaptureButton')}
        </button>
        {recording ? (
          <button type="button" class="danger" onClick={stop} disabled={busy}>
            {t('recordingStopButton')}
          </button>
        ) : (
          <button type="button" onClick={start} disabled={busy}>
            {t('recordingStartButton')}
          </button>
        )}
      </div>
      {!recording && (
        <ul class="chat-hints muted" data-testid="chat-hints">
          <li>{t('popupCaptureChatHint')}</li>
          <li>{t('popupRecordChatHint')}</li>
        </ul>
      )}
      {/* One live region per message: the recording line, progress, the result (with the screenshot taken
          beside it), the error's alert, or the no-chat note with its fallbacks' own lines. */}
      <div data-testid="chat-status">
        {recording && (
          <div role="status">
            <RecordingLine status={recording} />
          </div>
        )}
        {state.kind === 'busy' && (
          <p class="muted" role="status">
            {state.label}
          </p>
        )}
        {latest && state.kind === 'done' && (
          <div role="status">
            <DoneLine state={state} />
            <ShotLine shot={state.screenshot} />
          </div>
        )}
        {latest && state.kind === 'done' && state.offerPick && <PickChatArea variant="again" onSaved={onSaved} />}
        {latest && state.kind === 'error' && (
          <p class="status error" role="alert">
            {state.message}
          </p>
        )}
        {latest && state.kind === 'no-chat' && (
          <ChatFallbacks partial={state.partial} getWindowId={windowId} onSaved={onSaved} onStart={begin} />
        )}
      </div>
    </section>
  );
}

function DoneLine({ state }: { state: Extract<ChatState, { kind: 'done' }> }) {
  const gap = state.unassigned?.length ? state.unassigned : null;
  return (
    <div class={`status ${gap ? 'error' : 'ok'}`} data-testid="chat-done">
      {state.text}
      {gap ? <UnassignedLines lines={gap} /> : state.partial && <span class="partial">{t('chatPartial')}</span>}
    </div>
  );
}

/** What became of the screenshot taken beside the transcript (nothing when the setting is off). */
function ShotLine({ shot }: { shot: CompanionShot | undefined }) {
  if (!shot || (!shot.saved && shot.off)) return null;
  return (
    <p class={shot.saved ? 'muted' : 'status error'} data-testid="chat-screenshot">
      {shot.saved ? t('chatCompanionSaved') : t('chatCompanionFailed')}
    </p>
  );
}
