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
}

type Result = { ok: boolean; text: string } | null;

export function ChatFallbacks({ partial, getWindowId, onSaved }: Props) {
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<Result>) => {
    setBusy(true);
    try {
      setResult(await work());
    } catch (error) {
      setResult({ ok: false, text: describeError(error) });
    }
    setBusy(false);
  };
  const saveSelection = () =>
    attempt(async () => {
      const outcome = await request('selection/save', { windowId: await getWindowId() });
      if (!outcome.saved) return { ok: false, text: t('selectionNone') };
      onSaved(outcome.itemCount);
      return { ok: true, text: t('selectionSaved', [...outcome.evidence.text].length) };
    });
  const screenshot = () =>
    attempt(async () => {
      const outcome = await request('capture/screenshot', { windowId: await getWindowId() });
      onSaved(outcome.itemCount);
      return {
        ok: true,
        text: t(
          'chatScreenshotSaved',
          formatCaptureTime(outcome.evidence.capturedAtMs, outcome.evidence.timeZone, false),
        ),
      };
    });

  return (
    <div class="no-chat" data-testid="no-chat">
      <p class="status error" role="alert">
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
          class={`status ${result.ok ? 'ok' : 'error'}`}
          data-testid="fallback-status"
          role={result.ok ? undefined : 'alert'}
        >
          {result.text}
        </p>
      )}
    </div>
  );
}
