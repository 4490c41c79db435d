// After a pick that read no chat (or read more than the chat): pick again, or keep the selected text or a
// screenshot instead, from the panel the user is looking at (the popup closed when the pick began).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { request } from '../../messaging/client';
import {
  attemptFallback,
  type FallbackResult,
  saveSelectionInstead,
  screenshotInstead,
} from '../shared/chatFallbackActions';
import { t } from '../shared/i18n';

/** The window this panel belongs to: its active tab is the page the user picked in. */
const panelWindow = async (): Promise<number | undefined> => (await browser.windows.getCurrent()).id;
const saved = (): void => undefined; // the panel hears 'evidence/changed' and shows the new item

export function PickFallbacks({ pickOnly }: { pickOnly: boolean }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FallbackResult | null>(null);
  const run = async (work: (windowId: number | undefined) => Promise<FallbackResult | null>) => {
    setBusy(true);
    setResult(null);
    setResult(await attemptFallback(async () => (await work(await panelWindow())) ?? { tone: 'ok', text: '' }));
    setBusy(false);
  };
  const pickAgain = () =>
    run(async (windowId) => {
      await request('chat/pick', { windowId });
      return { tone: 'note', text: t('chatPickWaiting') };
    });
  return (
    <div class="pick-fallbacks">
      <div class="chat-row">
        <button type="button" onClick={pickAgain} disabled={busy}>
          {t('chatPickRetry')}
        </button>
        {!pickOnly && (
          <button type="button" onClick={() => run((w) => saveSelectionInstead(w, saved))} disabled={busy}>
            {t('selectionSaveButton')}
          </button>
        )}
        {!pickOnly && (
          <button type="button" onClick={() => run((w) => screenshotInstead(w, saved))} disabled={busy}>
            {t('chatScreenshotButton')}
          </button>
        )}
      </div>
      {result && (
        <p class={`status ${result.tone}`} data-testid="pick-fallback-status">
          {result.text}
        </p>
      )}
    </div>
  );
}
