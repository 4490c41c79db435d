// Tells open extension pages (popup, side panel) that something changed; nobody listening is fine.
import browser from 'webextension-polyfill';
import { toEventEnvelope } from '../messaging/client';
import type { EventMap } from '../messaging/protocol';

export function broadcast<E extends keyof EventMap>(event: E, payload: EventMap[E]): void {
  browser.runtime.sendMessage(toEventEnvelope(event, payload)).catch(() => undefined);
}
