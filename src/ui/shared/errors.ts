// Turns any error from the service worker into a sentence in the user's language.
import { errorMessageKey } from '../../messaging/errors';
import { ProofpackError } from '../../messaging/protocol';
import { t } from './i18n';

export function describeError(error: unknown): string {
  const code = error instanceof ProofpackError ? error.code : 'unknown';
  const detail = error instanceof Error ? error.message : String(error);
  return t(errorMessageKey(code), detail);
}
