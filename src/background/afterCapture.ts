// What follows every capture kind (screenshot, chat, recording, selection): the count, the badge and
// the open pages told; and, for captures made without the popup, the one way a failure is shown.
import browser from 'webextension-polyfill';
import { textIn } from '../domain/catalogue';
import { errorMessageKey } from '../messaging/errors';
import { errorCodeOf } from '../messaging/server';
import { countItems } from '../storage/cases';
import type { ProofpackDb } from '../storage/db';
import { flash, refreshBadge } from './badge';
import { broadcast } from './broadcast';
import { log, logFailure } from './log';
import { timestampNewEvidence } from './timestamps';
import { workerLanguage } from './workerText';

/** After an item was stored in `caseId`: its new item count, shown on the badge and told to open pages. */
export async function evidenceAdded(db: ProofpackDb, caseId: string): Promise<number> {
  const itemCount = await countItems(db, caseId);
  await refreshBadge(db);
  broadcast('evidence/changed', { caseId });
  // Trusted timestamps (when on) are asked for after the commit and never awaited by the capture.
  void timestampNewEvidence(db, caseId).catch(logFailure('Queueing timestamps', 'warn'));
  return itemCount;
}

/** A capture without the popup failed (shortcut, context menu): badge "!", logged, and a notification saying why. */
export async function notifyCaptureFailed(db: ProofpackDb, what: string, error: unknown): Promise<void> {
  log.error(`${what} failed:`, error);
  await flash(db, 'error');
  const language = await workerLanguage(db);
  await browser.notifications
    .create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: textIn(language, 'captureFailedTitle'),
      message: textIn(language, errorMessageKey(errorCodeOf(error))),
    })
    .catch(logFailure('failure notification', 'warn'));
}
