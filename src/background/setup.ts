// First-use set-up, safe to repeat: the default case exists (pages ask for persistent storage).
// The dispatcher runs it before every request (background/index.ts); it runs once per worker.
import browser from 'webextension-polyfill';
import { ensureDefaultCase } from '../storage/cases';
import { stampNow, type WorkerDeps } from './deps';
import { browserCaseLanguage } from './locale';

let ready: Promise<void> | null = null;

/** The default case, titled in the browser's language; a failed set-up is tried again next time. */
export function ensureDefaultCaseNow(deps: WorkerDeps): Promise<unknown> {
  return ensureDefaultCase(deps.db, {
    title: browser.i18n.getMessage('defaultCaseTitle') || 'My complaint',
    language: browserCaseLanguage(),
    now: stampNow(deps),
  });
}

export function ensureReady(deps: WorkerDeps): Promise<void> {
  ready ??= ensureDefaultCaseNow(deps).then(
    () => undefined,
    (error: unknown) => {
      ready = null;
      throw error;
    },
  );
  return ready;
}
