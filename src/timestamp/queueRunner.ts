// Works through the hashes waiting for a token: one request each, in the order they were queued;
// a failure (offline, authority down, a bad reply) reschedules that hash with a longer wait and
// never touches the evidence. Dependencies passed in, so the retry rules run in Node tests.
import { chosenAuthority, type TimestampAuthority, type TimestampSettings } from '../domain/timestamp/authorities';
import { afterFailure, newPending, type PendingTimestamp } from '../domain/timestamp/queue';
import type { ProofpackDb } from '../storage/db';
import { readSetting } from '../storage/settings';
import { dueTimestamps, enqueueTimestamp, nextAttemptAt, rescheduleTimestamp, storeToken } from '../storage/timestamps';
import { requestTimestamp, TimestampNotAllowedError } from './client';

export interface QueueRunnerDeps {
  db: ProofpackDb;
  now: () => number;
  /** Whether the browser grants the authority's origin (permissions.contains in the worker). */
  originGranted: (authority: TimestampAuthority) => Promise<boolean>;
  /** Wakes the runner at `at` (an alarm in the worker); null when nothing waits. */
  wakeAt: (at: number | null) => void | Promise<void>;
  /** Told when a token arrives, so open views show it. */
  tokenStored?: (caseId: string) => void;
  /** Told when a try failed (the hash waits for the next), so open views can say so. */
  attemptFailed?: (caseId: string) => void;
  timeoutMs?: number;
}

export interface RunSummary {
  stored: number;
  failed: number;
}

const settingsOf = (db: ProofpackDb): Promise<TimestampSettings> => readSetting(db, 'timestamps');

/** Queues a hash when timestamps are on (nothing is stored, nor sent, while they are off). */
export async function queueHash(
  deps: Pick<QueueRunnerDeps, 'db' | 'now'>,
  fields: Pick<PendingTimestamp, 'caseId' | 'evidenceId' | 'subject' | 'sha256'>,
): Promise<boolean> {
  if (!chosenAuthority(await settingsOf(deps.db))) return false;
  await enqueueTimestamp(deps.db, newPending(fields, deps.now()));
  return true;
}

async function askFor(deps: QueueRunnerDeps, authority: TimestampAuthority, entry: PendingTimestamp): Promise<void> {
  const allowed = async (a: TimestampAuthority) =>
    chosenAuthority(await settingsOf(deps.db))?.url === a.url && (await deps.originGranted(a));
  const answer = await requestTimestamp(authority, entry.sha256, {
    allowed,
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
  });
  const { id, caseId, evidenceId, subject, sha256 } = entry;
  const token = { id, caseId, evidenceId, subject, sha256, authority: authority.name, authorityUrl: authority.url };
  if (await storeToken(deps.db, { ...token, ...answer })) deps.tokenStored?.(caseId);
}

/** One pass over the due hashes; then the wake-up for the next one. */
export async function runTimestampQueue(deps: QueueRunnerDeps): Promise<RunSummary> {
  const summary: RunSummary = { stored: 0, failed: 0 };
  const authority = chosenAuthority(await settingsOf(deps.db));
  if (authority) {
    for (const entry of await dueTimestamps(deps.db, deps.now())) {
      try {
        await askFor(deps, authority, entry);
        summary.stored++;
      } catch (error) {
        if (error instanceof TimestampNotAllowedError) break;
        summary.failed++;
        const message = error instanceof Error ? error.message : String(error);
        await rescheduleTimestamp(deps.db, afterFailure(entry, message, deps.now()));
        deps.attemptFailed?.(entry.caseId);
      }
    }
  }
  await deps.wakeAt(authority ? await nextAttemptAt(deps.db) : null);
  return summary;
}
