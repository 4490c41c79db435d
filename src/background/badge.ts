// The toolbar badge: the current case's item count, flashed with a tick after a capture made
// without the popup (shortcut, context menu) so the user sees it worked.
import browser from 'webextension-polyfill';
import type { ProofpackDb } from '../storage/db';
import { countItems, currentCaseId } from '../storage/cases';
import { countRecordings } from '../storage/transcripts';
import { logFailure } from './log';

const OK_COLOUR = '#0f766e';
const ERROR_COLOUR = '#b91c1c';
const FLASH_MS = 1500;
const RECORDING_COLOUR = '#dc2626';
/** While a chat recording runs the badge says so instead of counting (refreshBadge keeps this in step). */
let recordingOn = false;

export async function showCount(count: number): Promise<void> {
  if (recordingOn) return showRecording();
  await browser.action.setBadgeBackgroundColor({ color: OK_COLOUR });
  await browser.action.setBadgeText({ text: count > 0 ? (count > 999 ? '999+' : String(count)) : '' });
}

async function showRecording(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: RECORDING_COLOUR });
  await browser.action.setBadgeText({ text: 'REC' });
}

/** Shows the current case's item count (or that a recording runs), read from storage. */
export async function refreshBadge(db: ProofpackDb): Promise<void> {
  recordingOn = (await countRecordings(db)) > 0;
  await showCount(await countItems(db, await currentCaseId(db)));
}

export async function flash(db: ProofpackDb, kind: 'ok' | 'error'): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: kind === 'ok' ? OK_COLOUR : ERROR_COLOUR });
  await browser.action.setBadgeText({ text: kind === 'ok' ? '✓' : '!' });
  setTimeout(() => void refreshBadge(db).catch(logFailure('Badge refresh', 'warn')), FLASH_MS);
}
