// What the user can save when no chat is read (none on the page, or none in the area they picked): the
// selected text as a quoted excerpt, or a screenshot. The popup and the side panel offer both.
import { request } from '../../messaging/client';
import { describeError } from './errors';
import { formatCaptureTime, t } from './i18n';

/** `note`: a normal outcome (nothing was selected), said plainly, not as an error. */
export type FallbackResult = { tone: 'ok' | 'note' | 'error'; text: string };

type OnSaved = (itemCount?: number) => void;

export async function saveSelectionInstead(windowId: number | undefined, onSaved: OnSaved): Promise<FallbackResult> {
  const outcome = await request('selection/save', { windowId });
  if (!outcome.saved) return { tone: 'note', text: t('selectionNone') };
  onSaved(outcome.itemCount);
  return { tone: 'ok', text: t('selectionSaved', [...outcome.evidence.text].length) };
}

export async function screenshotInstead(windowId: number | undefined, onSaved: OnSaved): Promise<FallbackResult> {
  const outcome = await request('capture/screenshot', { windowId });
  onSaved(outcome.itemCount);
  const at = formatCaptureTime(outcome.evidence.capturedAtMs, outcome.evidence.timeZone, false);
  return { tone: 'ok', text: t('chatScreenshotSaved', at) };
}

/** Runs one fallback; a failure is said as an error, never thrown at the component. */
export async function attemptFallback(work: () => Promise<FallbackResult>): Promise<FallbackResult> {
  try {
    return await work();
  } catch (error) {
    return { tone: 'error', text: describeError(error) };
  }
}
