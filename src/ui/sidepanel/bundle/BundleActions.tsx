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

/** A zip dropped on the panel (BundleDropZone), and what the user dropped it for. */
export interface DroppedBundle {
  file: File;
  action: 'verify' | 'import';
}

export function BundleTools({ dropped }: { dropped?: DroppedBundle | undefined }) {
  return (
    <div class="bundle-more">
      <p class="muted">{t('bundleHelp')}</p>
      <VerifyBundle dropped={dropped?.action === 'verify' ? dropped.file : undefined} />
      <ImportBundle dropped={dropped?.action === 'import' ? dropped.file : undefined} />
    </div>
  );
}
