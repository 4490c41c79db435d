// "Export selected": a bundle of just the selected items, through the same export as the header's
// Export bundle (renumbered E01… in the user's order, with a letter citing only them).
import { useState } from 'preact/hooks';
import { exportCaseBundle } from '../../pages/bundlePage';
import { t } from '../shared/i18n';
import { saveBlob } from './bundle/download';
import { describeBundleError } from './bundle/messages';
import { useAbortable } from './useAbortable';

type State = { step: 'idle' } | { step: 'busy'; percent: number } | { step: 'saved'; fileName: string };

export function ExportSelected({
  caseId,
  ids,
  onError,
}: {
  caseId: string;
  ids: string[];
  onError: (m: string) => void;
}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const task = useAbortable();
  const start = async () => {
    const signal = task.next();
    setState({ step: 'busy', percent: 0 });
    try {
      const { blob, fileName } = await exportCaseBundle(caseId, {
        only: ids,
        signal,
        onProgress: ({ done, total }) =>
          setState({ step: 'busy', percent: Math.floor((done / Math.max(1, total)) * 100) }),
      });
      await saveBlob(blob, fileName);
      setState({ step: 'saved', fileName });
    } catch (error) {
      setState({ step: 'idle' });
      if (!signal.aborted) onError(describeBundleError(error));
    }
  };
  return (
    <>
      <button type="button" onClick={start} disabled={state.step === 'busy'} data-testid="export-selected">
        {t('selectionExport')}
      </button>
      <span class="muted selection-export-status" role="status">
        {state.step === 'busy' && t('exportProgress', state.percent)}
        {state.step === 'saved' && t('exportSaved', state.fileName)}
      </span>
    </>
  );
}
