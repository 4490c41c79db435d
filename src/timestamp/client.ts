// The one code path in Proofpack allowed to make a network request (README, privacy): it sends a
// SHA-256, wrapped in an RFC 3161 TimeStampReq, to the authority the user chose, and only when
// `allowed` (timestamps on, that authority's origin granted) says so at the moment of sending.
// A convention test fails if any other source file calls a network API.
import type { TimestampAuthority } from '../domain/timestamp/authorities';
import { buildTimestampRequest, certificatesPem, readTimestampReply } from './rfc3161.mjs';

export interface TimestampReply {
  reply: Uint8Array;
  genTime: string;
  chainPem: string;
}

export interface TimestampClientDeps {
  /** Checked right before sending: the settings still choose this authority and its origin is granted. */
  allowed: (authority: TimestampAuthority) => Promise<boolean>;
  timeoutMs?: number;
}

export class TimestampNotAllowedError extends Error {
  override name = 'TimestampNotAllowedError';
}

/** Asks the authority for a token over `sha256`; throws on refusal, network failure or a wrong reply. */
export async function requestTimestamp(
  authority: TimestampAuthority,
  sha256: string,
  deps: TimestampClientDeps,
): Promise<TimestampReply> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Not a SHA-256.');
  if (!(await deps.allowed(authority))) throw new TimestampNotAllowedError('Timestamps are off for this authority.');
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  const response = await fetch(authority.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query' },
    body: buildTimestampRequest(sha256, nonce) as BufferSource,
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    redirect: 'error',
    signal: AbortSignal.timeout(deps.timeoutMs ?? 20_000),
  });
  if (!response.ok) throw new Error(`The authority answered HTTP ${response.status}.`);
  const reply = new Uint8Array(await response.arrayBuffer());
  const info = readTimestampReply(reply, sha256, nonce);
  return { reply, genTime: info.genTime, chainPem: certificatesPem(reply) };
}
