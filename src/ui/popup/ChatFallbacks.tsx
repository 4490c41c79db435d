// When no chat is found: say so, and offer the fallbacks (the selection as a quoted excerpt, a
// screenshot through the usual capture, or pointing at the chat on the page).
import { useState } from 'preact/hooks';
import {
  attemptFallback,
  type FallbackResult,
  saveSelectionInstead,
  screenshotInstead,
} from '../shared/chatFallbackActions';
import { t } from '../shared/i18n';
import { PickChatArea } from './PickChatArea';

interface Props {
  partial: boolean;
  getWindowId: () => Promise<number | undefined>;
  onSaved: (itemCount?: number) => void;
  /** A fallback starting is a new action: other results in the popup are cleared. */
  onStart: () => void;
}

type Result = FallbackResult | null;

export function ChatFallbacks({ partial, getWindowId, onSaved, onStart }: Props) {
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: (windowId: number | undefined) => Promise<FallbackResult>) => {
    onStart();
    setResult(null);
    setBusy(true);
    setResult(await attemptFallback(async () => work(await getWindowId())));
    setBusy(false);
  };
  const saveSelection = () => attempt((windowId) => saveSelectionInstead(windowId, onSaved));
  const screenshot = () => attempt((windowId) => screenshotInstead(windowId, onSaved));

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
