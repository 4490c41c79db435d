// When no chat is found: say so, and offer the fallbacks (the selection as a quoted excerpt, a
// screenshot through the usual capture, or pointing at the chat on the page).
import { useState } from 'preact/hooks';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { formatCaptureTime, t } from '../shared/i18n';
import { PickChatArea } from './PickChatArea';

interface Props {
  partial: boolean;
  getWindowId: () => Promise<number | undefined>;
  onSaved: (itemCount?: number) => void;
  /** A fallback starting is a new action: other results in the popup are cleared. */
  onStart: () => void;
}

/** `note`: a normal outcome (nothing was selected), said plainly, not as an error. */
type Result = { tone: 'ok' | 'note' | 'error'; text: string } | null;

export function ChatFallbacks({ partial, getWindowId, onSaved, onStart }: Props) {
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<Result>) => {
    onStart();
    setResult(null);
    setBusy(true);
    try {
      setResult(await work());
    } catch (error) {
      setResult({ tone: 'error', text: describeError(error) });
    }
    setBusy(false);
  };
  const saveSelection = () =>
    attempt(async () => {
      const outcome = await request('selection/save', { windowId: await getWindowId() });
      if (!outcome.saved) return { tone: 'note', text: t('selectionNone') };
      onSaved(outcome.itemCount);
      return { tone: 'ok', text: t('selectionSaved', [...outcome.evidence.text].length) };
    });
  const screenshot = () =>
    attempt(async () => {
      const outcome = await request('capture/screenshot', { windowId: await getWindowId() });
      onSaved(outcome.itemCount);
      return {
        tone: 'ok',
        text: t(
          'chatScreenshotSaved',
          formatCaptureTime(outcome.evidence.capturedAtMs, outcome.evidence.timeZone, false),
        ),
      };
    });

  return (
    <div class="no-chat" data-testid="no-chat">
      <p class="status note" role="status">
        {t('chatNotFound')}
        {partial && <span class="partial">{t('chatPartial')}</span>}
      </p>
      <div class="chat-row">
        <button type="button" onClick={saveSelection} disabled={busy}>
          {t('selectionSaveButton')}
        </button>
        <button type="button" onClick={screenshot} disabled={busy}>
          {t('chatScreenshotButton')}
        </button>
      </div>
      <PickChatArea variant="fallback" disabled={busy} onSaved={onSaved} />
      {result && (
        <p
          class={`status ${result.tone}`}
          data-testid="fallback-status"
          role={result.tone === 'error' ? 'alert' : 'status'}
        >
          {result.text}
        </p>
      )}
    </div>
  );
}
