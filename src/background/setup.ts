// First-use set-up, safe to repeat: the default case exists (pages ask for persistent storage).
import browser from 'webextension-polyfill';
import { browserCaseLanguage } from './locale';
import { formatRfc3339, systemTimeZone } from '../domain/time';
import type { ProofpackDb } from '../storage/db';
import { ensureDefaultCase } from '../storage/cases';

let ready: Promise<void> | null = null;

export function ensureReady(db: ProofpackDb): Promise<void> {
  ready ??= (async () => {
    await ensureDefaultCase(db, {
      title: browser.i18n.getMessage('defaultCaseTitle') || 'My complaint',
      language: browserCaseLanguage(),
      now: formatRfc3339(new Date(), systemTimeZone()),
    });
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}
