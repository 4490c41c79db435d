// "Verify a bundle": pick a zip, check every file against its manifest with the same logic as
// `npm run verify` (domain/bundle/verify.mjs), and show the result.
import { useState } from 'preact/hooks';
import { type BundleVerification, verifyBundleFile } from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';
import { useLatestAction } from '../../shared/latestAction';
import { describeBundleError } from './messages';
import { useChosenFile } from './useChosenFile';
import { VerificationResult } from './VerificationResult';

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'done'; result: BundleVerification; fileName: string }
  | { step: 'failed'; message: string };

/** `dropped`: a zip dropped on the panel for this tool, run at once. */
export function VerifyBundle({ dropped }: { dropped?: File | undefined }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const { latest, begin } = useLatestAction();
  const run = async (file: File) => {
    begin();
    setState({ step: 'checking' });
    try {
      setState({ step: 'done', result: await verifyBundleFile(file), fileName: file.name });
    } catch (error) {
      setState({ step: 'failed', message: describeBundleError(error) });
    }
  };
  const onPick = useChosenFile(run, dropped);
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
        <p class="muted" role="status">
          {t('verifyChecking')}
        </p>
      )}
      {latest && state.step === 'done' && <VerificationResult result={state.result} fileName={state.fileName} />}
      {latest && state.step === 'failed' && (
        <p class="status error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
