// What the worker's handlers are built from: the database, the clock and the user's time zone,
// passed in once (background/index.ts) rather than read from globals in each handler.
import { formatRfc3339, systemTimeZone } from '../domain/time';
import type { ProofpackDb } from '../storage/db';

export interface WorkerDeps {
  db: ProofpackDb;
  /** The current instant. */
  now: () => Date;
  /** The user's IANA time zone now (it may change while the worker runs). */
  timeZone: () => string;
}

/** The real clock and zone, for the running worker. */
export function workerDeps(db: ProofpackDb): WorkerDeps {
  return { db, now: () => new Date(), timeZone: systemTimeZone };
}

/** Now as RFC 3339 in the user's zone (case and capture times). */
export function stampNow(deps: Pick<WorkerDeps, 'now' | 'timeZone'>): string {
  return formatRfc3339(deps.now(), deps.timeZone());
}
