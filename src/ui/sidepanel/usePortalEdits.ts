// The user's edits to the case's portal copy blocks, loaded once per case and saved as they type, so an
// edit survives the panel closing. `null` while loading: rows wait, so a draft never flashes over an edit.
import { useEffect, useState } from 'preact/hooks';
import { isDraftAgain, type PortalEdit } from '../../domain/filings/portalEdit';
import { request } from '../../messaging/client';

export interface PortalEdits {
  edits: PortalEdit[] | null;
  save: (edit: PortalEdit) => Promise<void>;
}

export function usePortalEdits(caseId: string): PortalEdits {
  const [edits, setEdits] = useState<PortalEdit[] | null>(null);
  useEffect(() => {
    let live = true;
    setEdits(null);
    request('filings/edits', { caseId })
      .then((list) => live && setEdits(list))
      .catch(() => live && setEdits([]));
    return () => {
      live = false;
    };
  }, [caseId]);
  const save = async (edit: PortalEdit) => {
    const others = (list: PortalEdit[] | null) =>
      (list ?? []).filter((e) => e.portal !== edit.portal || e.field !== edit.field);
    setEdits((list) => (isDraftAgain(edit) ? others(list) : [...others(list), edit]));
    await request('filings/edit', { caseId, edit });
  };
  return { edits, save };
}
