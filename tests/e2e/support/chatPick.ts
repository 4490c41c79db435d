// *Pick the chat area* as a user does it: Capture chat finds nothing, the popup's Pick button starts
// the picker (the popup closes itself), then the user points at the chat on the page.
import type { Frame, Page } from 'playwright-core';
import type { PickOutcome } from '../../../src/messaging/protocol';
import { clickChatButton, withPopup } from './chatPopup';
import type { ProviderSession } from './providerSession';

/** Resolves with the next 'chat/pick-result' the worker broadcasts (listened for from an extension page). */
export function nextPickResult(inspector: Page): Promise<PickOutcome> {
  return inspector.evaluate(
    () =>
      new Promise<PickOutcome>((resolve) => {
        const listener = (m: { channel?: string; event?: string; payload: PickOutcome }) => {
          if (m.channel !== 'proofpack-event' || m.event !== 'chat/pick-result') return;
          chrome.runtime.onMessage.removeListener(listener);
          resolve(m.payload);
        };
        chrome.runtime.onMessage.addListener(listener);
      }),
  );
}

/** The picker's outline and hint live in one element it adds under <html> while picking. */
export const pickerShown = (frame: Page | Frame) =>
  frame.waitForFunction(() => document.documentElement.childElementCount > 2, undefined, { timeout: 15_000 });

/** Capture chat (no chat found), then Pick the chat area; waits until the picker is on the page. */
export async function startPick(ps: ProviderSession, frame: Page | Frame = ps.provider): Promise<void> {
  await withPopup(ps, async (popup) => {
    await clickChatButton(popup, 'Capture chat', '[data-testid=no-chat]');
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Pick the chat area', exact: true }).click();
    // The popup closes itself so that the keyboard reaches the page.
    await closed;
  });
  await pickerShown(frame);
}

interface DomNode {
  nodeType: number;
  nodeValue: string;
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Text shown inside closed shadow roots of the page (the picker's hint), read through DevTools as a user sees it. */
export async function closedShadowTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const texts: string[] = [];
    const walk = (node: DomNode, inShadow: boolean): void => {
      if (inShadow && node.nodeType === 3 && node.nodeValue.trim()) texts.push(node.nodeValue);
      for (const child of node.children ?? []) walk(child, inShadow);
      for (const shadow of node.shadowRoots ?? []) walk(shadow, inShadow || shadow.shadowRootType === 'closed');
    };
    walk(root, false);
    return texts;
  } finally {
    await cdp.detach();
  }
}
