// The service worker's side of the protocol: one handler per request type, each sender checked.
import type { Runtime } from 'webextension-polyfill';
import {
  CONTENT_SCRIPT_REQUESTS,
  type ErrorCode,
  isEnvelope,
  ProofpackError,
  type Reply,
  type RequestOf,
  type RequestType,
  type ResponseOf,
} from './protocol';
import { isDiskFull } from './errors';

export type Handler<T extends RequestType> = (
  payload: RequestOf<T>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<T>>;
export type HandlerMap = { [T in RequestType]: Handler<T> };

/** Requests only extension pages may make (content scripts run inside providers' pages). */
export function isExtensionPage(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Proofpack's own content script, running in a tab (sender.tab set), not an extension page. */
export function isOwnContentScript(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && sender.tab !== undefined && !(sender.url ?? '').startsWith(extensionOrigin);
}

/** Extension pages may make every request except the content script's; content scripts only theirs. */
export function senderRule(
  extensionId: string,
  extensionOrigin: string,
): (sender: Runtime.MessageSender, type: RequestType) => boolean {
  const contentTypes: readonly string[] = CONTENT_SCRIPT_REQUESTS;
  return (sender, type) =>
    contentTypes.includes(type)
      ? isOwnContentScript(sender, extensionId, extensionOrigin)
      : isExtensionPage(sender, extensionId, extensionOrigin);
}

export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof ProofpackError) return error.code;
  return isDiskFull(error) ? 'quota' : 'unknown';
}

export interface DispatchOptions {
  /** Set-up every request waits for (run once by the caller's memo, e.g. the default case). */
  prepare?: () => Promise<void>;
  /** Told of each request that failed (the worker logs it); the sender gets the error as its reply. */
  onError?: (type: RequestType, error: unknown) => void;
}

export function createDispatcher(
  handlers: HandlerMap,
  allowSender: (sender: Runtime.MessageSender, type: RequestType) => boolean,
  options: DispatchOptions = {},
) {
  return async (message: unknown, sender: Runtime.MessageSender): Promise<Reply | undefined> => {
    if (!isEnvelope(message)) return undefined;
    if (!allowSender(sender, message.type))
      return { ok: false, error: { code: 'forbidden', message: 'Sender not allowed' } };
    const handler = handlers[message.type] as Handler<RequestType> | undefined;
    if (!handler) return { ok: false, error: { code: 'unknown', message: `Unknown request ${message.type}` } };
    try {
      await options.prepare?.();
      return { ok: true, value: await handler(message.payload, sender) };
    } catch (error) {
      options.onError?.(message.type, error);
      const text = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: errorCodeOf(error), message: text } };
    }
  };
}
