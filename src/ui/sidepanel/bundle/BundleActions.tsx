// The side panel's bundle tools: export the current case (the header's main action once there is
// evidence), and verify or import a bundle (opened from the case menu).
import { t } from '../../shared/i18n';
import { ExportBundle } from './ExportBundle';
import { ImportBundle } from './ImportBundle';
import { VerifyBundle } from './VerifyBundle';
import './bundle.css';

export function BundleActions({
  caseId,
  itemCount,
  onInclude,
}: {
  caseId: string;
  itemCount: number;
  onInclude: (evidenceIds: string[]) => Promise<void>;
}) {
  return (
    <section class="bundle-actions" aria-label={t('bundleHeading')}>
      <ExportBundle key={caseId} caseId={caseId} prominent={itemCount > 0} onInclude={onInclude} />
    </section>
  );
}

export function BundleTools() {
  return (
    <div class="bundle-more">
      <p class="muted">{t('bundleHelp')}</p>
      <VerifyBundle />
      <ImportBundle />
    </div>
  );
}
