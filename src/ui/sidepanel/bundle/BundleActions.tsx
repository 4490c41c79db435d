// The side panel's bundle tools: export the current case, verify a bundle, import one.
import { t } from '../../shared/i18n';
import { ExportBundle } from './ExportBundle';
import { ImportBundle } from './ImportBundle';
import { VerifyBundle } from './VerifyBundle';
import './bundle.css';

export function BundleActions({ caseId }: { caseId: string }) {
  return (
    <section class="bundle-actions" aria-labelledby="bundle-heading">
      <h2 id="bundle-heading">{t('bundleHeading')}</h2>
      <p class="muted">{t('bundleHelp')}</p>
      <ExportBundle key={caseId} caseId={caseId} />
      <details class="bundle-more">
        <summary>{t('bundleMoreTools')}</summary>
        <VerifyBundle />
        <ImportBundle />
      </details>
    </section>
  );
}
