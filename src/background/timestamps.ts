// Trusted timestamps in the worker: after a capture is committed, its hash joins the queue and the
// queue runs in the background (a capture never waits for it); an alarm retries what failed. The
// request itself is made by the timestamp client, the extension's only network path.
import browser from 'webextension-polyfill';
import { chosenAuthority, originPattern, type TimestampSettings } from '../domain/timestamp/authorities';
import { newPending, type TimestampSubject } from '../domain/timestamp/queue';
import type { ProofpackDb } from '../storage/db';
import { readSetting, writeSetting } from '../storage/settings';
import { getOriginal } from '../storage/evidence';
import { clearPending, enqueueMissing, originalsOfCase } from '../storage/timestamps';
import { requestTimestamp } from '../timestamp/client';
import { queueHash, type QueueRunnerDeps, runTimestampQueue } from '../timestamp/queueRunner';
import type { TranscriptEvidence } from '../domain/evidence';
import type { Transcript } from '../domain/transcript';
import { broadcast } from './broadcast';

export const TIMESTAMP_ALARM = 'proofpack:timestamps';

function runnerDeps(db: ProofpackDb): QueueRunnerDeps {
  return {
    db,
    now: () => Date.now(),
    originGranted: (authority) => browser.permissions.contains({ origins: [originPattern(authority)] }),
    wakeAt: async (at) => {
      if (at === null) await browser.alarms.clear(TIMESTAMP_ALARM);
      else await browser.alarms.create(TIMESTAMP_ALARM, { when: Math.max(at, Date.now() + 1000) });
    },
    tokenStored: (caseId) => broadcast('evidence/changed', { caseId }),
    attemptFailed: (caseId) => broadcast('timestamps/changed', { caseId }),
  };
}

let running: Promise<unknown> = Promise.resolve();
/** One pass at a time: a pass started while another runs follows it. */
export function runQueueSoon(db: ProofpackDb): Promise<unknown> {
  running = running.then(() => runTimestampQueue(runnerDeps(db))).catch(() => undefined);
  return running;
}

/** Queues one hash (when timestamps are on) and starts the queue without waiting for it. */
export async function queueTimestamp(
  db: ProofpackDb,
  fields: { caseId: string; evidenceId: string; subject: TimestampSubject; sha256: string },
): Promise<void> {
  if (await queueHash({ db, now: () => Date.now() }, fields)) void runQueueSoon(db);
}

/** After a capture: every finished item of the case whose original has no token yet joins the queue. */
export async function timestampNewEvidence(db: ProofpackDb, caseId: string): Promise<void> {
  if (!chosenAuthority(await readSetting(db, 'timestamps'))) return;
  const now = Date.now();
  const wanted = (await originalsOfCase(db, caseId)).map(({ id, sha256 }) =>
    newPending({ caseId, evidenceId: id, subject: 'original', sha256 }, now),
  );
  if ((await enqueueMissing(db, wanted)) > 0) void runQueueSoon(db);
}

/** At a recording's stop: its final transcript and its log's head (read back from the stored JSON). */
export async function timestampStoppedRecording(db: ProofpackDb, item: TranscriptEvidence): Promise<void> {
  const original = await getOriginal(db, item.id);
  const head = original ? (JSON.parse(await original.text()) as Transcript).log?.head : undefined;
  const base = { caseId: item.caseId, evidenceId: item.id };
  await queueTimestamp(db, { ...base, subject: 'original', sha256: item.file.sha256 });
  if (head) await queueTimestamp(db, { ...base, subject: 'log-head', sha256: head });
}

/** Timestamps the bundle's manifest at export (asked by the exporting page); null when off or unanswered. */
export async function timestampManifest(db: ProofpackDb, sha256: string) {
  const authority = chosenAuthority(await readSetting(db, 'timestamps'));
  if (!authority) return null;
  const { originGranted } = runnerDeps(db);
  const stillChosen = async () => authority.url === chosenAuthority(await readSetting(db, 'timestamps'))?.url;
  try {
    const answer = await requestTimestamp(authority, sha256, {
      allowed: async (a) => (await stillChosen()) && (await originGranted(a)),
      timeoutMs: 15_000,
    });
    return { ...answer, authority: authority.name };
  } catch {
    return null; // the export goes on without it, as documented
  }
}

/** Saves the settings; turning timestamps off drops what still waited, so nothing is sent later. */
export async function saveTimestampSettings(
  db: ProofpackDb,
  change: Partial<TimestampSettings>,
): Promise<TimestampSettings> {
  const next = { ...(await readSetting(db, 'timestamps')), ...change };
  await writeSetting(db, 'timestamps', next);
  if (!chosenAuthority(next)) {
    await clearPending(db);
    await browser.alarms.clear(TIMESTAMP_ALARM);
  }
  return next;
}

export function registerTimestampAlarm(db: ProofpackDb): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TIMESTAMP_ALARM) void runQueueSoon(db);
  });
}
