// "Verify a bundle": pick a zip, check every file against its manifest with the same logic as
// `npm run verify` (domain/bundle/verify.mjs), and show the result. The zip is read from the file
// chunk by chunk, with a progress bar and Cancel for large bundles.
import { useState } from 'preact/hooks';
import { type BundleVerification, type ReadProgress, verifyBundleFile } from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';
import { useLatestAction } from '../../shared/latestAction';
import { describeBundleError } from './messages';
import { ReadProgressBar } from './ReadProgressBar';
import { useCancellable } from './useCancellable';
import { useChosenFile } from './useChosenFile';
import { VerificationResult } from './VerificationResult';

type State =
  | { step: 'idle' }
  | { step: 'checking'; progress: ReadProgress }
  | { step: 'done'; result: BundleVerification; fileName: string }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

/** `dropped`: a zip dropped on the panel for this tool, run at once. */
export function VerifyBundle({ dropped }: { dropped?: File | undefined }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const { latest, begin } = useLatestAction();
  const cancellable = useCancellable();
  const run = async (file: File) => {
    begin();
    const signal = cancellable.begin();
    const onProgress = (progress: ReadProgress) => setState({ step: 'checking', progress });
    onProgress({ read: 0, total: file.size, file: '' });
    try {
      setState({ step: 'done', result: await verifyBundleFile(file, { signal, onProgress }), fileName: file.name });
    } catch (error) {
      setState(signal.aborted ? { step: 'cancelled' } : { step: 'failed', message: describeBundleError(error) });
    }
  };
  const onPick = useChosenFile(run, dropped);
  const checking = state.step === 'checking';
  return (
    <section class="bundle-tool" aria-labelledby="verify-heading">
      <h3 id="verify-heading">{t('verifyHeading')}</h3>
      <p class="muted">{t('verifyHelp')}</p>
      <label for="verify-file">{t('verifyPick')}</label>
      <input id="verify-file" type="file" accept=".zip,application/zip" onChange={onPick} disabled={checking} />
      {checking && <ReadProgressBar id="verify-progress" progress={state.progress} onCancel={cancellable.cancel} />}
      <p class="muted" role="status">
        {checking && t('verifyChecking')}
        {latest && state.step === 'cancelled' && t('verifyCancelled')}
      </p>
      {latest && state.step === 'done' && <VerificationResult result={state.result} fileName={state.fileName} />}
      {latest && state.step === 'failed' && (
        <p class="status error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
