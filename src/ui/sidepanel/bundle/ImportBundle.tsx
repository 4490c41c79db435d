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
import { describeBundleError } from './messages';
import { ReadProgressBar } from './ReadProgressBar';
import { useCancellable } from './useCancellable';
import { VerificationResult } from './VerificationResult';

type State =
  | { step: 'idle' }
  | { step: 'importing'; progress: ReadProgress | 'saving' }
  | { step: 'done'; title: string; exhibits: number }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string; verification?: BundleVerification; fileName: string };

export function ImportBundle() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = useCancellable();
  const onPick = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const signal = run.begin();
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
    input.value = '';
  };
  const busy = state.step === 'importing';
  return (
    <section class="bundle-tool" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importHeading')}</h3>
      <p class="muted">{t('importHelp')}</p>
      <label for="import-file">{t('importPick')}</label>
      <input id="import-file" type="file" accept=".zip,application/zip" onChange={onPick} disabled={busy} />
      {busy && <ReadProgressBar id="import-progress" progress={state.progress} onCancel={run.cancel} />}
      <p class={state.step === 'done' ? 'status ok' : 'muted'} role="status">
        {busy && t('importWorking')}
        {state.step === 'done' && t('importDone', state.title, state.exhibits)}
        {state.step === 'cancelled' && t('importCancelled')}
      </p>
      {state.step === 'failed' && (
        <>
          <p class="status error" role="alert">
            {state.message}
          </p>
          {state.verification && !state.verification.ok && (
            <VerificationResult result={state.verification} fileName={state.fileName} />
          )}
        </>
      )}
    </section>
  );
}
