// The side panel's bundle tools: export the current case, verify a bundle, import one.
import { t } from '../../shared/i18n';
import { ExportBundle } from './ExportBundle';
import { ImportBundle } from './ImportBundle';
import { VerifyBundle } from './VerifyBundle';
import './bundle.css';

export function BundleActions({ caseId }: { caseId: string }) {
  return (
    <section class="bundle-actions" aria-label={t('bundleHeading')}>
      {/* Compact under the case header: the button says what it does; the help sits with the tools. */}
      <ExportBundle key={caseId} caseId={caseId} />
      <ExportBundle key={`${caseId}-public`} caseId={caseId} variant="public" />
      <details class="bundle-more">
        <summary>{t('bundleMoreTools')}</summary>
        <p class="muted">{t('bundleHelp')}</p>
        <VerifyBundle />
        <ImportBundle />
      </details>
    </section>
  );
}
