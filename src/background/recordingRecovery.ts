// A recording the browser's end cut short (crash, power cut, quit while recording) would otherwise stay
// "running" for ever: its row stays in IndexedDB, the badge says REC and the item says live. At each
// worker start, recordings from an earlier browser session, or whose tab is gone, are ended as
// interrupted at the time of their last save (every batch was saved as it came, so nothing sent is lost).
import browser from 'webextension-polyfill';
import { openRecordings } from '../storage/transcripts';
import { refreshBadge } from './badge';
import { broadcast } from './broadcast';
import type { WorkerDeps } from './deps';
import { endRecording } from './recording';

/** Set in session storage, which the browser empties when it (or the extension) starts again. */
const SESSION_MARK = 'proofpack.browserSession';

/** True when this worker is the first of the browser session (the mark was not there yet). */
async function firstOfSession(): Promise<boolean> {
  const found = await browser.storage.session.get(SESSION_MARK);
  if (found[SESSION_MARK]) return false;
  await browser.storage.session.set({ [SESSION_MARK]: true });
  return true;
}

async function tabExists(tabId: number): Promise<boolean> {
  return browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );
}

/** Ends every recording left running with no page to record it; returns how many it ended. */
export async function recoverRecordings(deps: WorkerDeps): Promise<number> {
  const open = await openRecordings(deps.db);
  // Tab ids start again after a restart: in a new session no recording's id can be trusted.
  const stale = (await firstOfSession()) ? open : [];
  const ended = [...stale];
  if (!stale.length) for (const rec of open) if (!(await tabExists(rec.tabId))) ended.push(rec);
  for (const rec of ended) {
    await endRecording(deps, rec.evidenceId, { askPage: false, interrupted: true });
    broadcast('recording/changed', { tabId: rec.tabId, evidenceId: rec.evidenceId, recording: false });
  }
  if (ended.length) await refreshBadge(deps.db);
  return ended.length;
}

let recovered: Promise<number> | null = null;

/** Runs the recovery once per worker; requests wait for it so no page sees a dead recording as live. */
export function recoverOnce(deps: WorkerDeps): Promise<number> {
  recovered ??= recoverRecordings(deps).catch((error: unknown) => {
    recovered = null;
    throw error;
  });
  return recovered;
}
