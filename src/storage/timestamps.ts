// Trusted-timestamp repository: the queue of hashes waiting for a token and the tokens received.
// A token and the removal of its queue entry are written together, so a hash is never both lost
// and unanswered.
import { isDue, type PendingTimestamp, type TimestampToken } from '../domain/timestamp/queue';
import { originalFileOf } from '../domain/evidence';
import type { ProofpackDb } from './db';

/** Queues a hash unless it is already queued or answered. */
export async function enqueueTimestamp(db: ProofpackDb, entry: PendingTimestamp): Promise<void> {
  await db.transaction('rw', [db.timestampQueue, db.timestamps], async () => {
    if ((await db.timestamps.get(entry.id)) || (await db.timestampQueue.get(entry.id))) return;
    await db.timestampQueue.add(entry);
  });
}

/** Queues, in one transaction, those of `entries` not already queued or answered. */
export async function enqueueMissing(db: ProofpackDb, entries: readonly PendingTimestamp[]): Promise<number> {
  if (entries.length === 0) return 0;
  return db.transaction('rw', [db.timestampQueue, db.timestamps], async () => {
    const ids = entries.map((e) => e.id);
    const known = new Set([
      ...((await db.timestamps.where('id').anyOf(ids).primaryKeys()) as string[]),
      ...((await db.timestampQueue.where('id').anyOf(ids).primaryKeys()) as string[]),
    ]);
    const fresh = [...new Map(entries.map((e) => [e.id, e])).values()].filter((e) => !known.has(e.id));
    await db.timestampQueue.bulkAdd(fresh);
    return fresh.length;
  });
}

/** Timestamps turned off: nothing that waited is sent later. */
export async function clearPending(db: ProofpackDb): Promise<void> {
  await db.timestampQueue.clear();
}

/** What a capture in `caseId` asks to be stamped: every finished item's original, by id and hash. */
export async function originalsOfCase(db: ProofpackDb, caseId: string): Promise<{ id: string; sha256: string }[]> {
  const items = await db.evidence.where('caseId').equals(caseId).toArray();
  return items
    .filter((item) => !(item.kind === 'transcript' && item.recording && !item.recording.stoppedAt)) // stamped at stop
    .map((item) => ({ id: item.id, sha256: originalFileOf(item).sha256 }));
}

export async function dueTimestamps(db: ProofpackDb, now: number): Promise<PendingTimestamp[]> {
  const rows = await db.timestampQueue.where('nextAttemptAt').belowOrEqual(now).toArray();
  return rows.filter((e) => isDue(e, now));
}

/** The earliest next try among the waiting hashes, or null when none wait. */
export async function nextAttemptAt(db: ProofpackDb): Promise<number | null> {
  const first = await db.timestampQueue.orderBy('nextAttemptAt').first();
  return first?.nextAttemptAt ?? null;
}

export async function countPending(db: ProofpackDb): Promise<number> {
  return db.timestampQueue.count();
}

/** Stores the token and ends its wait, unless the item was deleted meanwhile. */
export async function storeToken(db: ProofpackDb, token: TimestampToken): Promise<boolean> {
  return db.transaction('rw', [db.timestampQueue, db.timestamps, db.evidence], async () => {
    await db.timestampQueue.delete(token.id);
    if (!(await db.evidence.get(token.evidenceId))) return false;
    await db.timestamps.put(token);
    return true;
  });
}

export async function rescheduleTimestamp(db: ProofpackDb, entry: PendingTimestamp): Promise<void> {
  await db.timestampQueue.put(entry);
}

export async function dropPending(db: ProofpackDb, id: string): Promise<void> {
  await db.timestampQueue.delete(id);
}

/** The tokens of a case's items, by evidence id (the evidence list shows "timestamped by … at …"). */
export async function tokensOfCase(db: ProofpackDb, caseId: string): Promise<TimestampToken[]> {
  return db.timestamps.where('caseId').equals(caseId).toArray();
}

/** One item's token over its original, if it has one. */
export async function tokenOfItem(db: ProofpackDb, evidenceId: string): Promise<TimestampToken | undefined> {
  const tokens = await db.timestamps.where('evidenceId').equals(evidenceId).toArray();
  return tokens.find((t) => t.subject === 'original');
}

/** Whether the authority failed the last tries: some waiting hash has been tried and not answered. */
export async function authorityFailing(db: ProofpackDb): Promise<boolean> {
  return (await db.timestampQueue.filter((e) => e.attempts > 0).count()) > 0;
}
