// The side panel: the current case's evidence, newest first, live as captures arrive.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Evidence } from '../../domain/evidence';
import { onEvent, request } from '../../messaging/client';
import type { CaseWithCount } from '../../domain/case';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { EvidenceItem } from './EvidenceItem';
import { EvidenceViewer } from './EvidenceViewer';
import { BundleActions } from './bundle/BundleActions';

const PAGE_SIZE = 100;

export function SidePanel() {
  const [current, setCurrent] = useState<CaseWithCount | null>(null);
  const [items, setItems] = useState<Evidence[] | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [viewing, setViewing] = useState<Evidence | null>(null);
  const [deleting, setDeleting] = useState<Evidence | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const c = await request('case/current', {});
      setCurrent(c);
      setItems(await request('evidence/list', { caseId: c.id, limit }));
    } catch (e) {
      setError(describeError(e));
    }
  }, [limit]);

  useEffect(() => {
    document.title = t('panelTitle');
    void reload();
    const offEvidence = onEvent('evidence/changed', () => void reload());
    const offCase = onEvent('case/changed', () => void reload());
    return () => {
      offEvidence();
      offCase();
    };
  }, [reload]);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await request('evidence/delete', { evidenceId: deleting.id });
    } catch (e) {
      setError(describeError(e));
    }
    setDeleting(null);
    await reload();
  };

  return (
    <>
      <header class="panel-header">
        <h1>{current?.title ?? t('extName')}</h1>
        {current && (
          <p class="muted">
            {current.provider ? `${current.provider} · ` : ''}
            {t('itemCount', current.itemCount)}
          </p>
        )}
      </header>
      <main>
        <h2>{t('evidenceHeading')}</h2>
        {error && <p class="status error" role="alert">{error}</p>}
        {items === null && <p class="muted">{t('loading')}</p>}
        {items?.length === 0 && <p class="empty muted">{t('noEvidence')}</p>}
        {items && items.length > 0 && (
          <ul class="evidence-list" aria-label={t('evidenceHeading')}>
            {items.map((item) => (
              <EvidenceItem key={item.id} item={item} onOpen={() => setViewing(item)} onDelete={() => setDeleting(item)} />
            ))}
          </ul>
        )}
        {current && items && items.length < current.itemCount && (
          <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('showOlder')}
          </button>
        )}
        {current && <BundleActions caseId={current.id} />}
      </main>
      {viewing?.kind === 'screenshot' && <EvidenceViewer item={viewing} onClose={() => setViewing(null)} />}
      {deleting && (
        <ConfirmDialog title={t('confirmDeleteTitle')} body={t('confirmDeleteBody')} confirmLabel={t('confirmDelete')} onConfirm={confirmDelete} onCancel={() => setDeleting(null)} />
      )}
    </>
  );
}
