// Handlers for the user's edits to portal copy blocks (Letter tab → Filings), kept per case and field.
import { checkedEdit } from '../domain/filings/portalEdit';
import type { HandlerMap } from '../messaging/server';
import { ProofpackError } from '../messaging/protocol';
import type { ProofpackDb } from '../storage/db';
import { listPortalEdits, savePortalEdit } from '../storage/portalEdits';

const MAX_TEXT = 200_000;

export function createFilingHandlers(db: ProofpackDb): Pick<HandlerMap, 'filings/edits' | 'filings/edit'> {
  return {
    'filings/edits': ({ caseId }) => listPortalEdits(db, caseId),
    'filings/edit': async ({ caseId, edit }) => {
      const ok = checkedEdit(edit, MAX_TEXT);
      if (!ok) throw new ProofpackError('unknown', 'Invalid portal edit');
      await savePortalEdit(db, caseId, ok);
      return null;
    },
  };
}
