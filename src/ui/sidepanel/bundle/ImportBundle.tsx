// "Import bundle": pick a bundle zip, verify it and restore its case. An altered bundle is refused
// (with what changed), so a restored case always holds the bytes and hashes of the capture. Progress
// and Cancel while it reads and stores; a cancelled import adds nothing.
import { useState } from 'preact/hooks';
import {
  BundleImportError,
  type BundleVerification,
  importBundleFile,
  type ReadProgress,
} from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';
import { useLatestAction } from '../../shared/latestAction';
import { describeBundleError } from './messages';
import { ReadProgressBar } from './ReadProgressBar';
import { useCancellable } from './useCancellable';
import { useChosenFile } from './useChosenFile';
import { VerificationResult } from './VerificationResult';

type State =
  | { step: 'idle' }
  | { step: 'importing'; progress: ReadProgress | 'saving' }
  | { step: 'done'; title: string; exhibits: number }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string; verification?: BundleVerification; fileName: string };

/** `dropped`: a zip dropped on the panel for this tool, run at once. */
export function ImportBundle({ dropped }: { dropped?: File | undefined }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const { latest, begin } = useLatestAction();
  const cancellable = useCancellable();
  const run = async (file: File) => {
    begin();
    const signal = cancellable.begin();
    const show = (progress: ReadProgress | 'saving') => setState({ step: 'importing', progress });
    show({ read: 0, total: file.size, file: '' });
    try {
      const imported = await importBundleFile(file, { signal, onProgress: show, onSaving: () => show('saving') });
      setState({ step: 'done', title: imported.title, exhibits: imported.exhibits });
    } catch (error) {
      const verification = error instanceof BundleImportError ? error.verification : undefined;
      const message = describeBundleError(error);
      setState(
        signal.aborted
          ? { step: 'cancelled' }
          : { step: 'failed', message, fileName: file.name, ...(verification ? { verification } : {}) },
      );
    }
  };
  const onPick = useChosenFile(run, dropped);
  const busy = state.step === 'importing';
  return (
    <section class="bundle-tool" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importHeading')}</h3>
      <p class="muted">{t('importHelp')}</p>
      <label for="import-file">{t('importPick')}</label>
      <input id="import-file" type="file" accept=".zip,application/zip" onChange={onPick} disabled={busy} />
      {busy && <ReadProgressBar id="import-progress" progress={state.progress} onCancel={cancellable.cancel} />}
      <p class={latest && state.step === 'done' ? 'status ok' : 'muted'} role="status">
        {busy && t('importWorking')}
        {latest && state.step === 'done' && t('importDone', state.title, state.exhibits)}
        {latest && state.step === 'cancelled' && t('importCancelled')}
      </p>
      {latest && state.step === 'failed' && (
        <>
          <p class="status error" role="alert">
            {state.message}
          </p>
          {state.verification && !state.verification.ok && (
            <VerificationResult result={state.verification} fileName={state.fileName} detailsOnly />
          )}
        </>
      )}
    </section>
  );
}
