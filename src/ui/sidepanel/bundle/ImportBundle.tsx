// "Import bundle": pick a bundle zip, verify it and restore its case. An altered bundle is refused
// (with what changed), so a restored case always holds the bytes and hashes of the capture.
import { useState } from 'preact/hooks';
import { BundleImportError, type BundleVerification, importBundleFile } from '../../../pages/bundlePage';
import { t } from '../../shared/i18n';
import { useLatestAction } from '../../shared/latestAction';
import { describeBundleError } from './messages';
import { useChosenFile } from './useChosenFile';
import { VerificationResult } from './VerificationResult';

type State =
  | { step: 'idle' }
  | { step: 'importing' }
  | { step: 'done'; title: string; exhibits: number }
  | { step: 'failed'; message: string; verification?: BundleVerification; fileName: string };

/** `dropped`: a zip dropped on the panel for this tool, run at once. */
export function ImportBundle({ dropped }: { dropped?: File | undefined }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const { latest, begin } = useLatestAction();
  const run = async (file: File) => {
    begin();
    setState({ step: 'importing' });
    try {
      const imported = await importBundleFile(file);
      setState({ step: 'done', title: imported.title, exhibits: imported.exhibits });
    } catch (error) {
      const verification = error instanceof BundleImportError ? error.verification : undefined;
      setState({
        step: 'failed',
        message: describeBundleError(error),
        fileName: file.name,
        ...(verification ? { verification } : {}),
      });
    }
  };
  const onPick = useChosenFile(run, dropped);
  return (
    <section class="bundle-tool" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importHeading')}</h3>
      <p class="muted">{t('importHelp')}</p>
      <label for="import-file">{t('importPick')}</label>
      <input
        id="import-file"
        type="file"
        accept=".zip,application/zip"
        onChange={onPick}
        disabled={state.step === 'importing'}
      />
      {state.step === 'importing' && (
        <p class="muted" role="status">
          {t('importWorking')}
        </p>
      )}
      {latest && state.step === 'done' && (
        <p class="status ok" role="status">
          {t('importDone', state.title, state.exhibits)}
        </p>
      )}
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
