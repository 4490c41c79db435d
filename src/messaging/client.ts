// Typed calls from extension pages (and later the content script) to the service worker.
import browser from 'webextension-polyfill';
import {
  type Envelope,
  type EventEnvelope,
  type EventMap,
  isEventEnvelope,
  ProofpackError,
  type Reply,
  type RequestOf,
  type RequestType,
  type ResponseOf,
} from './protocol';

export async function request<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { channel: 'proofpack', type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new ProofpackError('unknown', `No answer to ${type}`);
  if (!reply.ok) throw new ProofpackError(reply.error.code, reply.error.message);
  return reply.value;
}

/** Subscribes to a service-worker event; returns the unsubscribe function. */
export function onEvent<E extends keyof EventMap>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  const handler = (message: unknown): undefined => {
    if (isEventEnvelope(message) && message.event === event) listener(message.payload as EventMap[E]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

export function toEventEnvelope<E extends keyof EventMap>(event: E, payload: EventMap[E]): EventEnvelope<E> {
  return { channel: 'proofpack-event', event, payload };
}
