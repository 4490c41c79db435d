// "Verify a bundle": pick a zip, check every file against its manifest with the same logic as
// `npm run verify` (domain/bundle/verify.mjs), and show the result. The zip is read from the file
// chunk by chunk, with a progress bar and Cancel for large bundles.
import { useState } from 'preact/hooks';
import { type BundleVerification, type ReadProgress, verifyBundleFile } from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';
import { describeBundleError } from './messages';
import { ReadProgressBar } from './ReadProgressBar';
import { useCancellable } from './useCancellable';
import { VerificationResult } from './VerificationResult';

type State =
  | { step: 'idle' }
  | { step: 'checking'; progress: ReadProgress }
  | { step: 'done'; result: BundleVerification; fileName: string }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

export function VerifyBundle() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = useCancellable();
  const onPick = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const signal = run.begin();
    setState({ step: 'checking', progress: { read: 0, total: file.size, file: '' } });
    try {
      const onProgress = (progress: ReadProgress) => setState({ step: 'checking', progress });
      setState({ step: 'done', result: await verifyBundleFile(file, { signal, onProgress }), fileName: file.name });
    } catch (error) {
      setState(signal.aborted ? { step: 'cancelled' } : { step: 'failed', message: describeBundleError(error) });
    }
    input.value = '';
  };
  return (
    <section class="bundle-tool" aria-labelledby="verify-heading">
      <h3 id="verify-heading">{t('verifyHeading')}</h3>
      <p class="muted">{t('verifyHelp')}</p>
      <label for="verify-file">{t('verifyPick')}</label>
      <input
        id="verify-file"
        type="file"
        accept=".zip,application/zip"
        onChange={onPick}
        disabled={state.step === 'checking'}
      />
      {state.step === 'checking' && (
        <ReadProgressBar id="verify-progress" progress={state.progress} onCancel={run.cancel} />
      )}
      <p class="muted" role="status">
        {state.step === 'checking' && t('verifyChecking')}
        {state.step === 'cancelled' && t('verifyCancelled')}
      </p>
      {state.step === 'done' && <VerificationResult result={state.result} fileName={state.fileName} />}
      {state.step === 'failed' && (
        <p class="status error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
