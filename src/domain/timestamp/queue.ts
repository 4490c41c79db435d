// Which hashes wait for a timestamp, and when to try again. A capture never waits for its token:
// the worker asks after the commit, and on failure backs off (alarms wake it) until it succeeds.

/** What a token is over: a stored original, a recording log's chain head, or a bundle's manifest. */
export type TimestampSubject = 'original' | 'log-head';

export interface PendingTimestamp {
  /** `<subject>:<evidenceId>:<sha256>`: the same hash of the same item is asked for once. */
  id: string;
  caseId: string;
  evidenceId: string;
  subject: TimestampSubject;
  sha256: string;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAttemptAt: number;
  lastError?: string;
}

/** A token as stored: the authority's reply, what it says, and the certificates it carried. */
export interface TimestampToken {
  /** The same id as the pending entry it answered. */
  id: string;
  caseId: string;
  evidenceId: string;
  subject: TimestampSubject;
  sha256: string;
  authority: string;
  authorityUrl: string;
  /** The authority's time (RFC 3339, UTC). */
  genTime: string;
  /** The DER TimeStampResp (what `openssl ts -verify -in` reads). */
  reply: Uint8Array;
  /** The certificates the reply carried, PEM. */
  chainPem: string;
}

export const FIRST_RETRY_MS = 30_000; // Chromium's shortest alarm period for packed extensions
export const LONGEST_RETRY_MS = 6 * 60 * 60 * 1000;

export function pendingId(subject: TimestampSubject, evidenceId: string, sha256: string): string {
  return `${subject}:${evidenceId}:${sha256}`;
}

export function newPending(
  fields: Pick<PendingTimestamp, 'caseId' | 'evidenceId' | 'subject' | 'sha256'>,
  now: number,
): PendingTimestamp {
  return {
    ...fields,
    id: pendingId(fields.subject, fields.evidenceId, fields.sha256),
    attempts: 0,
    nextAttemptAt: now,
  };
}

/** After a failed try: doubled wait from 30 s, at most 6 h, so an offline laptop is not hammering. */
export function afterFailure(entry: PendingTimestamp, error: string, now: number): PendingTimestamp {
  const attempts = entry.attempts + 1;
  const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_RETRY_MS);
  return { ...entry, attempts, nextAttemptAt: now + wait, lastError: error.slice(0, 300) };
}

export function isDue(entry: PendingTimestamp, now: number): boolean {
  return entry.nextAttemptAt <= now;
}
