// Drives one zoo page through the real "Capture chat": the page in a tab, the real popup, the button,
// then the stored transcript read back from the extension's IndexedDB (and deleted, for the next page).
import type { Frame, Page } from 'playwright-core';
import { clickChatButton, decodeOriginal, withPopup } from '../../e2e/support/chatPopup';
import type { ProviderSession } from '../../e2e/support/providerSession';
import { readStore } from '../../e2e/support/store';
import type { ZooMessage } from './metrics';
import { normalise } from './metrics';

export interface Captured {
  status: string;
  widget: string;
  messages: ZooMessage[];
  /** Marked partial, or some text left unassigned: the capture says it may be incomplete. */
  incomplete: boolean;
}

/** All text of a frame, shadow roots included (a page is ready when the last message shows). */
function frameText(frame: Frame): Promise<string> {
  return frame
    .evaluate(() => {
      const walk = (root: Document | ShadowRoot): string => {
        let text = root instanceof Document ? (root.body?.innerText ?? '') : (root.host as HTMLElement).innerText;
        text += root instanceof ShadowRoot ? (root.textContent ?? '') : '';
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) text += `\n${walk(el.shadowRoot)}`;
        return text;
      };
      return walk(document);
    })
    .catch(() => '');
}

export async function waitForText(page: Page, text: string, timeoutMs = 20_000): Promise<void> {
  const wanted = normalise(text).slice(0, 24);
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    for (const frame of page.frames()) if (normalise(await frameText(frame)).includes(wanted)) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`The page never showed "${wanted}"`);
}

export async function captureChat(ps: ProviderSession): Promise<Captured> {
  const status = await withPopup(ps, (popup) => clickChatButton(popup, 'Capture chat'));
  const { items } = await readStore(ps.inspector);
  const item = items.find((i) => i.record.kind === 'transcript');
  for (const { record } of items)
    await ps.inspector.evaluate(
      (evidenceId) =>
        chrome.runtime.sendMessage({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId } }),
      record.id,
    );
  // No transcript: the popup said so ("No chat found"), so nothing was lost silently.
  if (!item) return { status, widget: '', messages: [], incomplete: true };
  const transcript = JSON.parse(decodeOriginal(item.originalBase64));
  const partial = (item.record as { partial?: boolean }).partial === true;
  return {
    status,
    widget: transcript.widget,
    messages: transcript.messages,
    incomplete: partial || (transcript.unassigned?.length ?? 0) > 0,
  };
}
